import type {JSX} from 'preact';
import {useEffect, useRef} from 'preact/hooks';
import type {Lang} from '../../shared/lang';
import {LanguageSelect} from '../../shared/language-select';
import {visibleText} from '../../shared/visible-text';
import type {Settings} from '../../shared/settings-schema';
import {composeContactMail, composeEscalationMail, type MailContext} from '../../wizard/compose-mail';
import type {WizardInput} from '../../wizard/input';
import {
	isChecklistDone,
	outcomeChecklist,
	type ChecklistItem,
	type MailAction,
	type Outcome,
} from '../../wizard/outcome-checklist';
import {OUTCOME_TITLE_KEYS} from './outcome-titles';
import type {PopupServices} from '../popup-services';
import type {Translate} from '../../shared/catalog';
import type {PopupTextKey} from '../popup-texts';
import type {WizardAction, WizardState} from './wizard-state';
import {GuideButton} from '../guide-button';
import {MailActions} from './mail-actions';

type Props = {
	readonly outcome: Outcome;
	readonly input: WizardInput;
	readonly state: WizardState;
	readonly settings: Settings;
	readonly lang: Lang;
	readonly t: Translate<PopupTextKey>;
	readonly dispatch: (action: WizardAction) => unknown;
	readonly services: PopupServices;
};

const WHY: Readonly<Record<Outcome, PopupTextKey>> = {
	negligible: 'negligible_why',
	'private-email': 'private_email_why',
	'other-person': 'other_person_why',
};

function mailContext(input: WizardInput, settings: Settings): MailContext {
	return {
		input,
		superuser: {
			name: settings.superuserName,
			function: settings.superuserFunction,
			canton: settings.canton,
			phone: settings.phone,
			email: settings.superuserEmail,
			signature: settings.signature,
		},
		escalationAddress: settings.escalationAddress,
	};
}

function itemText(item: ChecklistItem, t: Translate<PopupTextKey>, settings: Settings): string {
	switch (item.id) {
		case 'nothing-to-do':
			return t('item_nothing_to_do');
		case 'deactivate-profile':
			return t('item_deactivate_profile');
		case 'contact-person':
			return t('item_contact_person');
		case 'create-profile':
			return item.address === undefined
				? t('item_create_profile_unknown')
				: t('item_create_profile', item.address);
		case 'report-escalation':
			return t('item_report_escalation', settings.escalationAddress);
	}
}

/** The checklist for the confirmed outcome; ticks, the contact mail's language and the outcome are persisted. */
export function OutcomeStep({outcome, input, state, settings, lang, t, dispatch, services}: Props): JSX.Element {
	const headingRef = useRef<HTMLHeadingElement>(null);
	useEffect(() => headingRef.current?.focus(), []); // null only before the first render

	const items = outcomeChecklist(outcome, input);
	const context = mailContext(input, settings);
	const contactLang = state.contactLang ?? lang;
	const fileSuffix = input.userId === undefined ? '' : `-${input.userId}`;

	const mailFor = (action: MailAction): JSX.Element => {
		const mail =
			action === 'escalate' ? composeEscalationMail(context, lang) : composeContactMail(context, contactLang);
		return (
			<MailActions
				mail={mail}
				action={action}
				fileName={`${action === 'escalate' ? 'eiam-escalation' : 'eiam-contact'}${fileSuffix}.eml`}
				t={t}
				copyText={services.copyText}
				now={services.now}
				from={settings.superuserEmail}
			/>
		);
	};

	return (
		<section class={`outcome outcome-${outcome}`} data-outcome={outcome} aria-labelledby="outcome-heading">
			<h2 id="outcome-heading" ref={headingRef} tabIndex={-1}>
				{t('outcome_heading', t(OUTCOME_TITLE_KEYS[outcome]))}
			</h2>
			<p class="person">
				{input.userId === undefined
					? t('outcome_person', `${input.entered.firstName} ${input.entered.lastName}`)
					: t('outcome_person_id', `${input.entered.firstName} ${input.entered.lastName}`, input.userId)}
			</p>
			<p class="why">{t(WHY[outcome])}</p>
			{outcome === 'other-person' && visibleText(settings.superuserName) === '' ? (
				<p class="notice">
					{t('superuser_missing')}{' '}
					<button type="button" class="link" onClick={() => void services.openOptions()}>
						{t('open_settings')}
					</button>
				</p>
			) : null}
			<h3>{t('checklist_heading')}</h3>
			<ol class="checklist">
				{items.map((item) => {
					const id = `item-${item.id}`;
					const ticked = state.ticked.includes(item.id);
					return (
						<li key={item.id} class={ticked ? 'item item-done' : 'item'}>
							<div class="item-check">
								<input
									type="checkbox"
									id={id}
									name={id}
									data-eiam-assist-item={item.id}
									checked={ticked}
									onChange={(event) =>
										dispatch({type: 'tick', item: item.id, ticked: event.currentTarget.checked})
									}
								/>
								<label for={id}>{itemText(item, t, settings)}</label>
							</div>
							{item.action.kind === 'guide' ? (
								<GuideButton
									guide={item.action.guide}
									context={item.action.context}
									label={t('guide_me')}
									t={t}
									startGuide={services.startGuide}
									attribute="data-eiam-assist-guide"
								/>
							) : null}
							{item.action.kind === 'mail' && item.action.mail === 'contact-user' ? (
								<div class="field field-inline">
									<label for="contact-language">{t('contact_language')}</label>
									<LanguageSelect
										id="contact-language"
										name="contact-language"
										value={contactLang}
										onPick={(lang) => dispatch({type: 'contact-lang', lang})}
									/>
								</div>
							) : null}
							{item.action.kind === 'mail' ? mailFor(item.action.mail) : null}
						</li>
					);
				})}
			</ol>
			<p role="status" class="done">
				{isChecklistDone(items, state.ticked) ? t('all_done') : null}
			</p>
			<div class="button-row">
				<button type="button" onClick={() => dispatch({type: 'back'})}>
					{t('back_to_input')}
				</button>
			</div>
		</section>
	);
}
