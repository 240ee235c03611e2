/** @jsxImportSource ./dom */
import type {Translate} from '../shared/catalog';
import {confirm} from './confirm';
import type {JSX} from './dom/jsx-runtime';
import type {Ref} from './dom/render';
import type {OverlayTextKey} from './overlay-texts';

type Props = {
	t: Translate<OverlayTextKey>;
	templates: readonly {id: string; text: string}[];
	onUse: (text: string, replace: boolean) => 'filled' | 'needs-confirm';
};

export type JustificationHelper = {view(props: Props): JSX.Element; settle(): void};

/** Justification templates; never overwrites what the user typed without asking. */
export function justificationHelper(redraw: () => void): JustificationHelper {
	const root: Ref = {current: null};
	/** The template waiting for the user's yes to replace their text. */
	let pending: string | undefined;
	const ask = (text: string | undefined): void => {
		pending = text;
		redraw();
	};
	return {
		view: ({t, templates, onUse}) => (
			<div class="templates" ref={root}>
				<p class="templates-title">{t('templates_title')}</p>
				{pending === undefined ? (
					<ul>
						{templates.map((template) => (
							<li key={template.id}>
								<button
									class="template"
									data-eiam-assist-template={template.id}
									onClick={() => {
										if (onUse(template.text, false) === 'needs-confirm') ask(template.text);
									}}
								>
									{template.text}
								</button>
							</li>
						))}
					</ul>
				) : (
					confirm(
						t('templates_replace'),
						t('templates_replace_yes'),
						'data-eiam-assist-template-replace',
						() => {
							onUse(pending ?? '', true);
							ask(undefined);
						},
						t('templates_replace_no'),
						() => ask(undefined),
					)
				)}
			</div>
		),
		// After a pass: a helper that is gone forgets its question.
		settle: () => {
			if (!root.current) pending = undefined;
		},
	};
}
