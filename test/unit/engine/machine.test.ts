import {describe, expect, test} from 'vitest';
import {evaluate, type Observation} from '../../../src/engine/machine';
import {planSteps} from '../../../src/engine/plan';
import correctEmail from '../../../src/guides/correct-email';
import grantRole from '../../../src/guides/grant-role';
import resendCode from '../../../src/guides/resend-code';
import resendFromList from '../../../src/guides/resend-from-list';
import type {Step} from '../../../src/guides/schema';
import {freshSession, type GuideSession} from '../../../src/shared/guide-session';
import type {PageId} from '../../../src/shared/page-ids';

/** A fake portal page: which steps' targets are ready or present, field values, success messages. */
function page(
	id: PageId,
	options: {
		ready?: string[];
		present?: string[];
		fields?: Record<string, string>;
		observed?: Record<string, string>;
		confirmations?: string[];
	} = {},
): Observation {
	return {
		page: id,
		target: (step: Step) =>
			options.ready?.includes(step.id) ? 'ready' : options.present?.includes(step.id) ? 'present' : 'missing',
		fieldValue: (step: Step) => options.fields?.[step.id] ?? '',
		observedValue: (step: Step) => options.observed?.[step.id],
		confirmations: () => options.confirmations ?? [],
	};
}

const expiredPlan = planSteps(resendCode, {reason: 'code-expired'});
const wrongEmailPlan = planSteps(resendCode, {reason: 'wrong-email'});
const stepId = (plan: readonly Step[], session: GuideSession): string | undefined => plan[session.stepIndex]?.id;

/** What the runner records when the user clicks the confirmation step's control: the messages shown at that moment. */
function clicked(session: GuideSession, shown: string[]): GuideSession {
	const step = session.confirmationsBefore?.step ?? '';
	return {...session, confirmationsBefore: {step, texts: shown, clicked: true}};
}

describe('resend-code when the code expired', () => {
	const start = freshSession('resend-code', {reason: 'code-expired'});

	test('started on the home page it points at the user-management menu', () => {
		const result = evaluate(start, expiredPlan, page('home', {ready: ['open-user-management']}));
		expect(stepId(expiredPlan, result.session)).toBe('open-user-management');
		expect(result.state).toBe('active');
	});

	test('once the menu is open it points at delegated management', () => {
		const result = evaluate(
			start,
			expiredPlan,
			page('home', {ready: ['open-user-management', 'open-delegated-management']}),
		);
		expect(stepId(expiredPlan, result.session)).toBe('open-delegated-management');
	});

	test('closing the menu again goes back a step', () => {
		const opened = evaluate(
			start,
			expiredPlan,
			page('home', {ready: ['open-user-management', 'open-delegated-management']}),
		);
		const closed = evaluate(opened.session, expiredPlan, page('home', {ready: ['open-user-management']}));
		expect(stepId(expiredPlan, closed.session)).toBe('open-user-management');
	});

	test('started on the overview it begins at the justification, skipping what is done', () => {
		const result = evaluate(start, expiredPlan, page('overview', {ready: ['type-justification']}));
		expect(stepId(expiredPlan, result.session)).toBe('type-justification');
	});

	test('a typed justification moves on to starting the onboarding', () => {
		const result = evaluate(
			start,
			expiredPlan,
			page('overview', {
				ready: ['type-justification', 'start-onboarding'],
				fields: {'type-justification': 'Code abgelaufen'},
			}),
		);
		expect(stepId(expiredPlan, result.session)).toBe('start-onboarding');
	});

	test('whitespace alone is not a justification', () => {
		const result = evaluate(
			start,
			expiredPlan,
			page('overview', {ready: ['type-justification'], fields: {'type-justification': '  \n'}}),
		);
		expect(stepId(expiredPlan, result.session)).toBe('type-justification');
	});

	test('going back in the portal from the overview returns to the permissions step', () => {
		const onOverview = evaluate(start, expiredPlan, page('overview', {ready: ['type-justification']}));
		const back = evaluate(onOverview.session, expiredPlan, page('permissions', {ready: ['permissions-continue']}));
		expect(stepId(expiredPlan, back.session)).toBe('permissions-continue');
	});

	test('on a page the guide does not visit it waits', () => {
		const result = evaluate(start, expiredPlan, page('create-user'));
		expect(result.state).toBe('other-page');
	});

	test('a missing target on the right page is reported as missing, not as done', () => {
		const result = evaluate(start, expiredPlan, page('completed'));
		expect(stepId(expiredPlan, result.session)).toBe('send-code');
		expect(result.state).toBe('missing');
	});

	test('a disabled button is present but not yet ready', () => {
		const result = evaluate(
			start,
			expiredPlan,
			page('unit-selection', {present: ['unit-continue'], ready: ['pick-unit']}),
		);
		expect(stepId(expiredPlan, result.session)).toBe('pick-unit');
		expect(result.state).toBe('active');
	});

	test('the guide is done when the portal shows a new confirmation after the last click', () => {
		const waiting = evaluate(
			start,
			expiredPlan,
			page('completed', {ready: ['send-code'], confirmations: ['Management-Arbeiten abgeschlossen']}),
		);
		expect(waiting.state).toBe('active');
		const still = evaluate(
			waiting.session,
			expiredPlan,
			page('completed', {ready: ['send-code'], confirmations: ['Management-Arbeiten abgeschlossen']}),
		);
		expect(still.state).toBe('active');
		const done = evaluate(
			clicked(still.session, ['Management-Arbeiten abgeschlossen']),
			expiredPlan,
			page('completed', {
				ready: ['send-code'],
				confirmations: ['Management-Arbeiten abgeschlossen', 'Der Onboarding-Code wurde gesendet.'],
			}),
		);
		expect(done.state).toBe('done');
		expect(done.session.done).toBe(true);
	});

	test('a success message that arrives after the page but before the click is not the confirmation', () => {
		// The completed page's buttons render first, its alert a moment later (alerts=late): still waiting.
		const buttons = evaluate(start, expiredPlan, page('completed', {ready: ['send-code']}));
		const late = evaluate(
			buttons.session,
			expiredPlan,
			page('completed', {ready: ['send-code'], confirmations: ['Der Onboarding-Code wurde gesendet.']}),
		);
		expect(late.state).toBe('active');
		expect(late.session.done).toBe(false);
		// Clicked with that message on screen: only a message after the click ends the guide.
		const afterClick = clicked(late.session, ['Der Onboarding-Code wurde gesendet.']);
		const same = page('completed', {ready: ['send-code'], confirmations: ['Der Onboarding-Code wurde gesendet.']});
		expect(evaluate(afterClick, expiredPlan, same).state).toBe('active');
		const answered = page('completed', {
			ready: ['send-code'],
			confirmations: ['Der Onboarding-Code wurde gesendet.', 'Der Onboarding-Code wurde per E-Mail gesendet.'],
		});
		expect(evaluate(afterClick, expiredPlan, answered).state).toBe('done');
	});
});

describe('resend-code when the e-mail address was wrong', () => {
	const start = freshSession('resend-code', {reason: 'wrong-email', extId: '2376660'});

	test('the address is fixed first: the pencil of the person comes before selecting the row', () => {
		const result = evaluate(start, wrongEmailPlan, page('user-selection', {ready: ['edit-user', 'pick-user']}));
		expect(stepId(wrongEmailPlan, result.session)).toBe('edit-user');
	});

	test('in the dialog the address must change before saving is pointed at', () => {
		const inDialog = evaluate(
			start,
			wrongEmailPlan,
			page('create-user', {ready: ['fix-email', 'save-email'], fields: {'fix-email': 'anna@gmial.com'}}),
		);
		expect(stepId(wrongEmailPlan, inDialog.session)).toBe('fix-email');
		const fixed = evaluate(
			inDialog.session,
			wrongEmailPlan,
			page('create-user', {ready: ['fix-email', 'save-email'], fields: {'fix-email': 'anna.muster@ksa.ch'}}),
		);
		expect(stepId(wrongEmailPlan, fixed.session)).toBe('save-email');
	});

	test('clearing the address on the way to the new one does not count as the change', () => {
		const inDialog = evaluate(
			start,
			wrongEmailPlan,
			page('create-user', {ready: ['fix-email', 'save-email'], fields: {'fix-email': 'anna@gmial.com'}}),
		);
		const cleared = evaluate(
			inDialog.session,
			wrongEmailPlan,
			page('create-user', {ready: ['fix-email', 'save-email'], fields: {'fix-email': ''}}),
		);
		expect(stepId(wrongEmailPlan, cleared.session)).toBe('fix-email');
	});

	test('a dialog that fills the address after it renders: the address arriving is not the change', () => {
		const rendered = evaluate(
			start,
			wrongEmailPlan,
			page('create-user', {ready: ['fix-email', 'save-email'], fields: {'fix-email': ''}}),
		);
		const filled = evaluate(
			rendered.session,
			wrongEmailPlan,
			page('create-user', {ready: ['fix-email', 'save-email'], fields: {'fix-email': 'anna@gmial.com'}}),
		);
		expect(stepId(wrongEmailPlan, filled.session)).toBe('fix-email');
		const fixed = evaluate(
			filled.session,
			wrongEmailPlan,
			page('create-user', {ready: ['fix-email', 'save-email'], fields: {'fix-email': 'anna.muster@ksa.ch'}}),
		);
		expect(stepId(wrongEmailPlan, fixed.session)).toBe('save-email');
	});

	test('after saving, back on the list, it continues with the resend, not with the pencil again', () => {
		const inDialog = evaluate(start, wrongEmailPlan, page('create-user', {ready: ['fix-email']}));
		const back = evaluate(
			inDialog.session,
			wrongEmailPlan,
			page('user-selection', {ready: ['edit-user', 'pick-user']}),
		);
		expect(stepId(wrongEmailPlan, back.session)).toBe('pick-user');
	});
});

describe('resend-from-list', () => {
	const plan = planSteps(resendFromList, {send: 'new-code', extId: '2376660'});
	const start = freshSession('resend-from-list', {send: 'new-code', extId: '2376660'});

	test('only the chosen menu item belongs to the guide', () => {
		expect(plan.map((step) => step.id)).toContain('send-new-code');
		expect(plan.map((step) => step.id)).not.toContain('send-reminder');
	});

	test('the confirmation ends the guide even though the menu closed with the click', () => {
		const open = evaluate(start, plan, page('user-selection', {ready: ['open-row-menu', 'send-new-code']}));
		expect(stepId(plan, open.session)).toBe('send-new-code');
		const done = evaluate(
			clicked(open.session, []),
			plan,
			page('user-selection', {ready: ['open-row-menu'], confirmations: ['Neuer Code gesendet']}),
		);
		expect(done.state).toBe('done');
	});

	test('a skipped step is passed over', () => {
		const skipped = {...start, skipped: ['open-row-menu']};
		const result = evaluate(skipped, plan, page('user-selection', {ready: ['send-new-code']}));
		expect(stepId(plan, result.session)).toBe('send-new-code');
	});
});

describe('grant-role on the permissions page (observed-changed)', () => {
	const plan = planSteps(grantRole, {});
	const start = {...freshSession('grant-role', {}), stepIndex: plan.findIndex((step) => step.id === 'choose-role')};
	const on = (options: Parameters<typeof page>[1]) => page('permissions', options);

	test('the role step waits for a choice; the grant records what the profile held when it began', () => {
		const nothingChosen = evaluate(start, plan, on({ready: ['choose-role'], observed: {grant: 'KT_Superuser'}}));
		expect(stepId(plan, nothingChosen.session)).toBe('choose-role');
		const chosen = evaluate(
			nothingChosen.session,
			plan,
			on({
				ready: ['choose-role', 'grant'],
				fields: {'choose-role': 'KT_User'},
				observed: {grant: 'KT_Superuser'},
			}),
		);
		expect(stepId(plan, chosen.session)).toBe('grant');
		expect(chosen.session.baselines['grant']).toBe('KT_Superuser');
	});

	test('after the grant the list no longer shows a choice, yet the guide goes on to «Weiter»', () => {
		const chosen = evaluate(
			start,
			plan,
			on({
				ready: ['choose-role', 'grant'],
				fields: {'choose-role': 'KT_User'},
				observed: {grant: 'KT_Superuser'},
			}),
		);
		const granted = evaluate(
			chosen.session,
			plan,
			on({ready: ['choose-role', 'permissions-continue'], observed: {grant: 'KT_Superuser\nKT_User'}}),
		);
		expect(stepId(plan, granted.session)).toBe('permissions-continue');
		expect(granted.state).toBe('active');
	});

	test('a table that appears late is no change: no baseline until it is shown', () => {
		const chosen = evaluate(start, plan, on({ready: ['choose-role', 'grant'], fields: {'choose-role': 'KT_User'}}));
		expect(chosen.session.baselines['grant']).toBeUndefined();
		const shown = evaluate(
			chosen.session,
			plan,
			on({
				ready: ['choose-role', 'grant'],
				fields: {'choose-role': 'KT_User'},
				observed: {grant: 'KT_Superuser'},
			}),
		);
		expect(stepId(plan, shown.session)).toBe('grant');
	});

	test('the notification e-mail’s confirmation on the completed page ends the guide', () => {
		const last = plan.length - 1;
		// The user clicked *Benachrichtigungs-E-Mail senden* on the overview; the portal confirms on the next page.
		const waiting = {
			...start,
			stepIndex: last,
			confirmationsBefore: {step: 'send-notification', texts: [], clicked: true},
		};
		const done = evaluate(
			waiting,
			plan,
			page('completed', {confirmations: ['Die Benachrichtigungs-E-Mail wurde gesendet.']}),
		);
		expect(done.state).toBe('done');
		const notYet = evaluate(waiting, plan, page('completed'));
		expect(notYet.state).not.toBe('done');
	});
});

describe('correct-email: saving leaves the dialog', () => {
	const plan = planSteps(correctEmail, {});
	const at = (id: string): GuideSession => ({
		...freshSession('correct-email', {}),
		stepIndex: plan.findIndex((step) => step.id === id),
	});

	test('back on the user list after the click on save, the guide is done', () => {
		const result = evaluate(at('save-email'), plan, page('user-selection', {ready: ['edit-user']}));
		expect(result.state).toBe('done');
	});

	test('a re-render put it back on the field before the list showed: the recorded click on save still ends it', () => {
		const session = {...at('fix-email'), confirmationsBefore: {step: 'save-email', texts: [], clicked: true}};
		const result = evaluate(session, plan, page('user-selection', {ready: ['edit-user']}));
		expect(result.state).toBe('done');
	});

	test('without the click on save, leaving the dialog goes back to the pencil', () => {
		const result = evaluate(at('fix-email'), plan, page('user-selection', {ready: ['edit-user']}));
		expect(result.state).toBe('active');
		expect(stepId(plan, result.session)).toBe('edit-user');
	});
});
