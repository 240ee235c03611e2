/** @jsxImportSource ./dom */
import type {Translate} from '../shared/catalog';
import type {JSX} from './dom/jsx-runtime';
import type {Ref} from './dom/render';
import type {OverlayTextKey} from './overlay-texts';

type Props = {
	t: Translate<OverlayTextKey>;
	templates: readonly {id: string; text: string}[];
	onUse: (text: string, replace: boolean) => 'filled' | 'needs-confirm';
};

/** Justification templates; never overwrites what the user typed without asking. */
export class JustificationHelper {
	readonly #root: Ref = {current: null};
	/** The template waiting for the user's yes to replace their text. */
	#pending: string | undefined;

	readonly #redraw: () => void;

	constructor(redraw: () => void) {
		this.#redraw = redraw;
	}

	#ask(pending: string | undefined): void {
		this.#pending = pending;
		this.#redraw();
	}

	view({t, templates, onUse}: Props): JSX.Element {
		const pending = this.#pending;
		return (
			<div class="templates" ref={this.#root}>
				<p class="templates-title">{t('templates_title')}</p>
				{pending === undefined ? (
					<ul>
						{templates.map((template) => (
							<li key={template.id}>
								<button
									type="button"
									class="template"
									data-eiam-assist-template={template.id}
									onClick={() => {
										if (onUse(template.text, false) === 'needs-confirm') this.#ask(template.text);
									}}
								>
									{template.text}
								</button>
							</li>
						))}
					</ul>
				) : (
					<div class="confirm" role="group">
						<p>{t('templates_replace')}</p>
						<button
							type="button"
							class="primary"
							data-eiam-assist-template-replace
							onClick={() => {
								onUse(pending, true);
								this.#ask(undefined);
							}}
						>
							{t('templates_replace_yes')}
						</button>
						<button type="button" onClick={() => this.#ask(undefined)}>
							{t('templates_replace_no')}
						</button>
					</div>
				)}
			</div>
		);
	}

	/** After a pass: a helper that is gone forgets its question. */
	settle(): void {
		if (!this.#root.current) this.#pending = undefined;
	}
}
