import type {Step} from '../guides/schema';
import type {Description} from '../portal/learned-control';
import type {GuideId} from '../shared/guide-ids';
import type {Lang} from '../shared/lang';
import type {LearnedTarget} from '../shared/learned-target';

/** The learned target for what the user picked in teach mode: this guide's step, on the step's page. */
export function learnedFromPick(
	guide: GuideId,
	step: Pick<Step, 'id' | 'page'>,
	lang: Lang,
	picked: Description,
	now: Date,
): LearnedTarget {
	return {
		guide,
		step: step.id,
		page: step.page,
		// Role, name, region and the row action's place: as described (learned-control.ts adds no other key).
		...picked,
		lang,
		learnedAt: now.toISOString(),
	};
}
