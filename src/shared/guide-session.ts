import type {GuideSession} from './guide-session-schema';

// The shape of a stored session: guide-session-schema.ts (the background validates it; no zod in the content script).
export type {GuideSession};

export function freshSession(guide: GuideSession['guide'], context: GuideSession['context']): GuideSession {
	return {guide, context, stepIndex: 0, baselines: {}, skipped: [], done: false};
}
