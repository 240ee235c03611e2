import {type GuideContext} from '../shared/guide-context';
import {GuideContextSchema} from '../shared/guide-context-schema';
import type {GuideId} from '../shared/guide-ids';
import type {Suggestion} from './classify';
import type {WizardInput} from './input';
import {isPrivateEmailDomain} from './private-domains';

/*
 * What the superuser does once they confirmed an outcome (SpiGes handbook, "Support for users"), as a checklist:
 * - negligible: nothing; eIAM updates its data itself;
 * - private-email: deactivate the profile, ask the person to register with their professional address, create a new
 *   profile with that address;
 * - other-person: deactivate the profile, report to the escalation address (spiges@bfs.admin.ch) immediately.
 * Pure data: the popup renders each item with its texts and turns `action` into a "Guide me" button or e-mail links.
 */

/** An outcome the superuser confirmed; `unsure` is never one (they pick one of these instead). */
export const OUTCOMES = ['negligible', 'private-email', 'other-person'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(value: Suggestion): value is Outcome {
	return (OUTCOMES as readonly string[]).includes(value);
}

/** Stable ids: persisted in the popup's state (ticked items), so never rename one once shipped. */
export const CHECKLIST_ITEM_IDS = [
	'nothing-to-do',
	'deactivate-profile',
	'contact-person',
	'create-profile',
	'report-escalation',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

/** The e-mails the wizard prepares; the values are the `data-eiam-assist-action` of their mailto links. */
export type MailAction = 'contact-user' | 'escalate';

export type ChecklistAction =
	| {readonly kind: 'none'}
	| {readonly kind: 'guide'; readonly guide: GuideId; readonly context: GuideContext}
	| {readonly kind: 'mail'; readonly mail: MailAction};

export type ChecklistItem = {
	readonly id: ChecklistItemId;
	readonly action: ChecklistAction;
	/**
	 * For `create-profile`: the professional address for the new profile, i.e. the one entered in the portal; missing
	 * when that one is private as well (the contact mail then asks the person for it).
	 */
	readonly address?: string;
};

/**
 * The guide context for the person's profile. Should the guide context ever refuse the id, it is left out rather
 * than failing the whole "Guide me" request: the guide then lets the superuser pick the person in the list.
 */
function profileContext(input: WizardInput): GuideContext {
	const context: GuideContext = {deactivate: 'profile'};
	if (input.userId !== undefined && GuideContextSchema.safeParse({extId: input.userId}).success) {
		context.extId = input.userId;
	}
	return context;
}

/** The checklist for a confirmed outcome, in the order the superuser works through it. */
export function outcomeChecklist(outcome: Outcome, input: WizardInput): readonly ChecklistItem[] {
	switch (outcome) {
		case 'negligible':
			return [{id: 'nothing-to-do', action: {kind: 'none'}}];
		case 'private-email': {
			const professional = isPrivateEmailDomain(input.entered.email) ? undefined : input.entered.email;
			return [
				{
					id: 'deactivate-profile',
					action: {kind: 'guide', guide: 'deactivate-user', context: profileContext(input)},
				},
				{id: 'contact-person', action: {kind: 'mail', mail: 'contact-user'}},
				{
					id: 'create-profile',
					action: {kind: 'guide', guide: 'create-user', context: {}},
					...(professional === undefined ? {} : {address: professional}),
				},
			];
		}
		case 'other-person':
			return [
				{
					id: 'deactivate-profile',
					action: {kind: 'guide', guide: 'deactivate-user', context: profileContext(input)},
				},
				{id: 'report-escalation', action: {kind: 'mail', mail: 'escalate'}},
			];
	}
}

/** True when every item of the checklist is ticked (ticks of items from another outcome do not count). */
export function isChecklistDone(items: readonly ChecklistItem[], ticked: readonly string[]): boolean {
	return items.every((item) => ticked.includes(item.id));
}
