import type {GuideSnapshot} from '../shared/guide-sense';
import type {Observation} from './machine';

/**
 * What the state machine sees of the portal in one evaluation, from what the page sensed: a step the page did not
 * sense (another page's) is missing.
 */
export function snapshotObservation(snapshot: GuideSnapshot): Observation {
	const sensed = (id: string) => (Object.hasOwn(snapshot.steps, id) ? snapshot.steps[id] : undefined);
	return {
		page: snapshot.page,
		target: (step) => sensed(step.id)?.target ?? 'missing',
		fieldValue: (step) => sensed(step.id)?.value ?? '',
		observedValue: (step) => (step.observe === undefined ? undefined : sensed(step.id)?.observed),
		confirmations: () => snapshot.confirmations,
	};
}
