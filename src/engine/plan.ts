import type {Guide, Step} from '../guides/schema';
import type {ChoiceName, GuideContext} from '../shared/guide-context';
import type {PageId} from '../shared/page-ids';

/** The steps of a guide that apply to the choices made (e.g. the e-mail fix only when the address was wrong). */
export function planSteps(guide: Guide, context: GuideContext): Step[] {
	return guide.steps.filter((step) => {
		const when = step.when;
		if (!when) return true;
		return (Object.keys(when) as ChoiceName[]).every((name) => when[name] === context[name]);
	});
}

/**
 * Answers what the page already tells: on the user list "deactivate" means the user, on the permissions page
 * the profile (shared/DESIGN.md). Returns the context completed with those answers.
 */
export function answerFromPage(guide: Guide, context: GuideContext, page: PageId): GuideContext {
	if (!guide.asks.includes('deactivate') || context.deactivate) return context;
	if (page === 'user-selection') return {...context, deactivate: 'user'};
	if (page === 'permissions') return {...context, deactivate: 'profile'};
	return context;
}

/** The first choice the guide still needs from the user, if any. */
export function pendingChoice(guide: Guide, context: GuideContext): ChoiceName | undefined {
	return guide.asks.find((name) => context[name] === undefined);
}

/**
 * Whether the guide acts on a row of the user list (its arrow, its pencil, the row itself): then the row the user
 * selects there is the guide's person (shared/DESIGN.md, "the user's own path"). The guide declares it through its
 * steps' targets, so a guide added later follows the selection without the engine knowing its id.
 */
export function followsSelectedRow(guide: Guide): boolean {
	return guide.steps.some((step) => step.target.kind === 'user-row' || step.target.kind === 'row-action');
}
