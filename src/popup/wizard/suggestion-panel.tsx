import type {JSX, RefObject} from 'preact';
import type {PopupTextKey} from '../popup-texts';
import type {Translate} from '../../shared/catalog';
import type {Lang} from '../../shared/lang';
import type {Question} from '../../wizard/classify';
import {describeQuestion} from '../../wizard/describe-question';
import {describeReason} from '../../wizard/describe-reason';
import {OUTCOMES, type Outcome} from '../../wizard/outcome-checklist';
import {OUTCOME_TITLE_KEYS} from './outcome-titles';
import type {WizardAction, WizardState} from './wizard-state';
import type {WizardView} from './wizard-view';

type Props = {
	readonly panelRef: RefObject<HTMLElement>;
	readonly state: WizardState;
	readonly view: WizardView;
	readonly lang: Lang;
	readonly t: Translate<PopupTextKey>;
	readonly dispatch: (action: WizardAction) => unknown;
	readonly onConfirm: (outcome: Outcome) => void;
};

function QuestionItem({
	question,
	state,
	lang,
	t,
	dispatch,
}: Pick<Props, 'state' | 'lang' | 't' | 'dispatch'> & {question: Question}): JSX.Element {
	const answer = state.answers[question.id];
	const name = `question-${question.id}`;
	const option = (value: boolean): JSX.Element => (
		<label class="choice">
			<input
				type="radio"
				name={name}
				value={value ? 'yes' : 'no'}
				checked={answer === value}
				onChange={() => dispatch({type: 'answer', question: question.id, value})}
			/>
			{value ? t('answer_yes') : t('answer_no')}
		</label>
	);
	// A group labelled by a paragraph rather than a fieldset: the questions are long, and a long legend breaks the
	// fieldset's border in every browser.
	const labelId = `${name}-text`;
	return (
		<div class="question" role="radiogroup" aria-labelledby={labelId} data-eiam-assist-question={question.id}>
			<p id={labelId}>{describeQuestion(question, lang)}</p>
			{option(true)}
			{option(false)}
		</div>
	);
}

function OutcomeButtons({t, onConfirm, exclude}: Pick<Props, 't' | 'onConfirm'> & {exclude?: Outcome}): JSX.Element {
	return (
		<div class="button-row">
			{OUTCOMES.filter((outcome) => outcome !== exclude).map((outcome) => (
				<button
					key={outcome}
					type="button"
					data-eiam-assist-choose={outcome}
					onClick={() => onConfirm(outcome)}
				>
					{t(OUTCOME_TITLE_KEYS[outcome])}
				</button>
			))}
		</div>
	);
}

/**
 * The suggestion with its reasons, always on screen so the live region exists before it changes (a region that
 * appears together with its text is often not announced). `data-suggested-outcome` appears as soon as both data
 * sets are valid (testing contract).
 */
export function SuggestionPanel({panelRef, view, onConfirm, ...screen}: Props): JSX.Element {
	const {lang, t} = screen;
	const {classification, suggestion} = view;
	return (
		<section
			ref={panelRef}
			class={suggestion === undefined ? 'suggestion' : `suggestion suggestion-${suggestion}`}
			aria-labelledby="suggestion-heading"
			data-suggested-outcome={suggestion}
			tabIndex={-1}
		>
			<h2 id="suggestion-heading">{t('suggestion_heading')}</h2>
			<p class="suggestion-title" aria-live="polite" aria-atomic="true">
				{suggestion === undefined ? t('suggestion_waiting') : t(OUTCOME_TITLE_KEYS[suggestion])}
			</p>
			{classification === undefined ? null : (
				<>
					<h3>{t('reasons_heading')}</h3>
					<ul class="reasons">
						{classification.reasons.map((reason) => (
							<li key={`${reason.code}-${reason.field}`}>{describeReason(reason, lang)}</li>
						))}
					</ul>
					{classification.questions.length > 0 ? (
						<>
							<h3>{t('questions_heading')}</h3>
							{classification.questions.map((question) => (
								<QuestionItem key={question.id} question={question} {...screen} />
							))}
						</>
					) : null}
				</>
			)}
			{suggestion === undefined ? null : suggestion === 'unsure' ? (
				<div class="choose">
					<p>{t('choose_own')}</p>
					<OutcomeButtons t={t} onConfirm={onConfirm} />
				</div>
			) : (
				<>
					<div class="button-row">
						<button
							type="button"
							class="button-primary"
							data-eiam-assist-confirm
							onClick={() => onConfirm(suggestion)}
						>
							{t('confirm')}
						</button>
					</div>
					<details class="choose">
						<summary>{t('choose_other')}</summary>
						<OutcomeButtons t={t} onConfirm={onConfirm} exclude={suggestion} />
					</details>
				</>
			)}
		</section>
	);
}
