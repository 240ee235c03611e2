import type {JSX} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {guideById} from '../guides';
import {GUIDE_TITLES} from '../guides/guide-titles';
import {STEP_TEXTS} from '../guides/step-texts';
import {labelText} from '../portal/labels';
import {translator, type Translate} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import {learnedKey, withLearned, withoutLearned, type LearnedTarget} from '../shared/learned-target';
import {learnedFile, parseLearnedFile} from '../shared/learned-target-schema';
import type {LearnedTargetsStore} from './learned-targets-store';
import type {OptionsTextKey} from './options-texts';

type Props = {store: LearnedTargetsStore; uiLang: Lang; t: Translate<OptionsTextKey>};

/** The step in plain words: its instruction as the panel gives it, else its id. */
function stepWords(target: LearnedTarget, lang: Lang): string {
	const step = guideById(target.guide).steps.find((candidate) => candidate.id === target.step);
	if (!step) return target.step;
	const label = step.target.kind === 'control' ? labelText(step.target.label, lang) : '';
	return translator(STEP_TEXTS[lang])(step.text, label);
}

/** What was picked, in plain words: «button «Code zustellen»», or its place in the person's row. */
function pickedWords(target: LearnedTarget, t: Translate<OptionsTextKey>): string {
	const role: OptionsTextKey =
		target.role === 'button' ||
		target.role === 'link' ||
		target.role === 'menuitem' ||
		target.role === 'tab' ||
		target.role === 'textbox'
			? `role_${target.role}`
			: 'role_other';
	const what = target.name ? t('learned_what', t(role), target.name) : t('learned_what_unnamed', t(role));
	return target.rowAction ? t('learned_in_row', what, target.rowAction.index + 1, target.rowAction.of) : what;
}

/** Reads a chosen file; a file that cannot be read counts as a bad file. */
async function readJson(file: File): Promise<unknown> {
	try {
		return JSON.parse(await file.text()) as unknown;
	} catch {
		return undefined;
	}
}

/**
 * The controls the user showed in teach mode (issue #12): listed in plain words, removable one by one or all at
 * once, exported and imported as JSON. An import is validated as a whole (zod): a bad file changes nothing and
 * says so, tied to the file field by aria-describedby. The administrator's (policy) ones are listed read-only.
 */
export function LearnedTargetsSection({store, uiLang, t}: Props): JSX.Element {
	const [own, setOwn] = useState<LearnedTarget[]>([]);
	const [policy, setPolicy] = useState<LearnedTarget[]>([]);
	const [importState, setImportState] = useState<{kind: 'error'} | {kind: 'imported'; count: number}>();

	useEffect(() => {
		store.load().then(
			(loaded) => {
				setOwn(loaded.own);
				setPolicy(loaded.policy);
			},
			() => undefined,
		);
	}, [store]);

	const save = (list: LearnedTarget[]): void => {
		setOwn(list);
		void store.save(list).catch(() => undefined);
	};

	const exportHref = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(learnedFile(own), null, 2))}`;

	const onImport = async (input: HTMLInputElement): Promise<void> => {
		const file = input.files?.[0];
		if (!file) return;
		const targets = parseLearnedFile(await readJson(file));
		input.value = '';
		if (!targets) {
			setImportState({kind: 'error'});
			return;
		}
		save(targets.reduce<LearnedTarget[]>((list, target) => withLearned(list, target), own));
		setImportState({kind: 'imported', count: targets.length});
	};

	const item = (target: LearnedTarget, removable: boolean): JSX.Element => {
		const title = GUIDE_TITLES[uiLang][target.guide];
		const step = stepWords(target, uiLang);
		return (
			<li key={learnedKey(target)} data-eiam-assist-learned-item={learnedKey(target)}>
				<span>{t('learned_item', title, t('learned_step', step), pickedWords(target, t))}</span>
				{removable ? (
					<button
						type="button"
						aria-label={t('learned_remove_label', step)}
						onClick={() => save(withoutLearned(own, target))}
					>
						{t('learned_remove')}
					</button>
				) : (
					<span class="locked-note"> {t('locked_note')}</span>
				)}
			</li>
		);
	};

	return (
		<fieldset data-eiam-assist-learned-targets>
			<legend>{t('section_learned')}</legend>
			<p class="hint">{t('learned_intro')}</p>
			{own.length === 0 && policy.length === 0 ? (
				<p data-eiam-assist-learned-empty>{t('learned_empty')}</p>
			) : (
				<ul class="learned-list">
					{own.map((target) => item(target, true))}
					{policy.map((target) => item(target, false))}
				</ul>
			)}
			<div class="actions">
				<button
					type="button"
					data-eiam-assist-learned-remove-all
					disabled={own.length === 0}
					onClick={() => save([])}
				>
					{t('learned_remove_all')}
				</button>
				<a
					class="button"
					href={exportHref}
					download="eiam-assist-learned-targets.json"
					data-eiam-assist-learned-export
				>
					{t('learned_export')}
				</a>
			</div>
			<div class="field" data-field="learned-import">
				<label for="field-learned-import">{t('learned_import')}</label>
				<input
					id="field-learned-import"
					type="file"
					accept="application/json,.json"
					aria-invalid={importState?.kind === 'error' ? true : undefined}
					aria-describedby={importState ? 'field-learned-import-result' : undefined}
					onChange={(event) => void onImport(event.currentTarget)}
				/>
				{importState?.kind === 'error' && (
					<p class="error" id="field-learned-import-result" role="alert" data-field-error="learned-import">
						{t('learned_import_error')}
					</p>
				)}
				{importState?.kind === 'imported' && (
					<p class="hint" id="field-learned-import-result" role="status">
						{t('learned_imported', importState.count)}
					</p>
				)}
			</div>
		</fieldset>
	);
}
