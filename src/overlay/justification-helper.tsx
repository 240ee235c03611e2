/** @jsxImportSource ./dom */
import type {Translate} from '../shared/catalog';
import {confirm} from './confirm';
import type {JSX} from './dom/jsx-runtime';
import type {OverlayTextKey} from './overlay-texts';

type Props = {
	t: Translate<OverlayTextKey>;
	templates: readonly {id: string; text: string}[];
	/** The template waiting for the user's yes to replace their text ('' while none is). */
	pending: string;
};

/**
 * Justification templates; never overwrites what the user typed without asking (the content script answers a
 * template's action with the question when the field holds text of the user's).
 */
export function JustificationHelper({t, templates, pending}: Props): JSX.Element {
	return (
		<div class="templates" data-eiam-assist-templates>
			<p class="templates-title">{t('templates_title')}</p>
			{pending ? (
				confirm(
					t('templates_replace'),
					t('templates_replace_yes'),
					'data-eiam-assist-template-replace',
					['template', pending, true],
					t('templates_replace_no'),
					['ui', {template: ''}],
				)
			) : (
				<ul>
					{templates.map((template) => (
						<li key={template.id}>
							<button
								class="template"
								data-eiam-assist-template={template.id}
								onClick={['template', template.text, false]}
							>
								{template.text}
							</button>
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
