import type {JSX, TargetedInputEvent} from 'preact';
import {useMemo} from 'preact/hooks';
import {translator} from '../../shared/catalog';
import type {Lang} from '../../shared/lang';
import {parsePastedMail, PASTE_FIELDS} from '../../wizard/parse-pasted-mail';
import {pasteSummary} from './paste-summary';
import {PASTE_TEXTS} from './paste-texts';
import type {WizardAction, WizardState} from './wizard-state';

type Props = {
	readonly state: WizardState;
	readonly lang: Lang;
	readonly dispatch: (action: WizardAction) => WizardState;
};

/**
 * The paste box on the wizard's first screen (shared/DESIGN.md "Wizard input by pasting"): what is pasted or typed
 * into it is read on every input (a paste is one input event) and fills the empty fields. The pasted text itself is
 * not kept: only what it filled, in the wizard's session state. The status line is a live region, so a screen
 * reader hears what was taken and what is missing.
 */
export function PasteBox({state, lang, dispatch}: Props): JSX.Element {
	const t = useMemo(() => translator(PASTE_TEXTS[lang]), [lang]);
	const onInput = (event: TargetedInputEvent<HTMLTextAreaElement>): void => {
		const text = event.currentTarget.value;
		if (text.trim() === '') dispatch({type: 'paste-cleared'});
		else dispatch({type: 'paste', result: parsePastedMail(text)});
	};
	const holding = new Set(PASTE_FIELDS.filter((field) => state.fields[field].trim() !== ''));
	const lines = state.paste === null ? [] : pasteSummary(state.paste, holding, t);
	return (
		<div class="field paste-box">
			<label for="field-pasted-email">{t('paste_label')}</label>
			<p id="paste-hint" class="hint">
				{t('paste_hint')}
			</p>
			<textarea
				id="field-pasted-email"
				name="pasted-email"
				rows={3}
				spellcheck={false}
				autoComplete="off"
				aria-describedby="paste-hint paste-status"
				onInput={onInput}
			/>
			<div id="paste-status" role="status" class="status" data-eiam-assist-paste-status>
				{lines.map((line) => (
					<p key={line}>{line}</p>
				))}
			</div>
		</div>
	);
}
