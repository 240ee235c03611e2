import type {LearnedTarget} from './learned-target';
import {parseLearnedFile} from './learned-target-schema';
import {MANAGED_READ_TIMEOUT_MS} from './managed-settings';
import type {ManagedArea} from './settings-storage';

/** The policy key under which administrators preset learned targets (docs/deployment.md), same JSON as the export. */
export const LEARNED_TARGETS_POLICY_KEY = 'learnedTargets';

export type ManagedLearned = {
	targets: LearnedTarget[];
	/** The policy has the key but its value is not a valid learned-targets file: nothing of it is used. */
	invalid: boolean;
};

/** The learned targets of a managed area's content: all of them, or none when the value is malformed. */
export function parseManagedLearned(raw: unknown): ManagedLearned {
	if (typeof raw !== 'object' || raw === null || !(LEARNED_TARGETS_POLICY_KEY in raw)) {
		return {targets: [], invalid: false};
	}
	const targets = parseLearnedFile((raw as Record<string, unknown>)[LEARNED_TARGETS_POLICY_KEY]);
	return targets ? {targets, invalid: false} : {targets: [], invalid: true};
}

/**
 * The last answer storage.managed gave in this page's or worker's life, also one that came after the timeout:
 * on a busy machine a real policy can take longer than the wait meant for "no policy" (Chromium never answers
 * then), and its targets must not be lost for the rest of the session because of it.
 */
let lastAnswer: ManagedLearned | undefined;

/** Reads the policy's learned targets; never throws nor hangs (see readManaged in managed-settings.ts). */
export async function readManagedLearned(
	area: ManagedArea,
	timeoutMs = MANAGED_READ_TIMEOUT_MS,
): Promise<ManagedLearned> {
	const read = area.get().then(
		(raw) => (lastAnswer = parseManagedLearned(raw)),
		() => undefined,
	);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<undefined>((resolve) => {
		timer = setTimeout(() => resolve(undefined), timeoutMs);
	});
	try {
		return (await Promise.race([read, timeout])) ?? lastAnswer ?? {targets: [], invalid: false};
	} finally {
		clearTimeout(timer);
	}
}
