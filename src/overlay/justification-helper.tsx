import type {JSX} from 'preact';
import {useState} from 'preact/hooks';
import type {Translate} from '../shared/catalog';
import type {OverlayTextKey} from './overlay-texts';

type Props = {
	t: Translate<OverlayTextKey>;
	templates: readonly {id: string; text: string}[];
	onUse: (text: string, replace: boolean) => 'filled' | 'needs-confirm';
};

/** Justification templates; never overwrites what the user typed without asking. */
export function JustificationHelper({t, templates, onUse}: Props): JSX.Element {
	const [pending, setPending] = useState<string | undefined>(undefined);
	return (
		<div class="templates">
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
									if (onUse(template.text, false) === 'needs-confirm') setPending(template.text);
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
							setPending(undefined);
						}}
					>
						{t('templates_replace_yes')}
					</button>
					<button type="button" onClick={() => setPending(undefined)}>
						{t('templates_replace_no')}
					</button>
				</div>
			)}
		</div>
	);
}
