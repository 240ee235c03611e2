import type {Step} from '../guides/schema';
import type {GuideContext} from '../shared/guide-context';
import type {Observation} from './machine';
import type {Located, PortalAccess} from './portal-access';

/** Locates each step's target once per evaluation (the step, the next step's, what to watch ask again). */
export function locateOnce(locate: (step: Step) => Located | undefined): (step: Step) => Located | undefined {
	const located = new Map<string, Located | undefined>();
	return (step) => {
		if (!located.has(step.id)) located.set(step.id, locate(step));
		return located.get(step.id);
	};
}

/** What the state machine sees of the portal in one evaluation. */
export function observePortal(
	portal: PortalAccess,
	context: GuideContext,
	locate: (step: Step) => Located | undefined,
): Observation {
	return {
		page: portal.page(),
		target: (step) => {
			const found = locate(step);
			return found ? (found.ready ? 'ready' : 'present') : 'missing';
		},
		fieldValue: (step) => locate(step)?.value ?? '',
		observedValue: (step) => (step.observe === undefined ? undefined : portal.locate(step.observe, context)?.value),
		confirmations: () => portal.confirmations(),
	};
}
