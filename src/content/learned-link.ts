import type {LearnedStep} from './learned-targets';
import type {LearnedTarget} from '../shared/learned-target';
import {askBackground} from './background-link';

// Learned targets live in the background's storage.local and come here validated (the background parses them):
// loaded when the page starts and when a guide starts; what the user teaches or what no longer matches is sent back.

/** The learned targets in force; undefined when the background cannot answer (an update): keep what we have. */
export async function loadLearnedTargets(): Promise<LearnedTarget[] | undefined> {
	return askBackground({type: 'bg:learned-targets-load'});
}

/** If saving fails the fix holds for this page only. */
export async function keepLearnedTarget(target: LearnedTarget): Promise<void> {
	await askBackground({type: 'bg:learned-target-save', target});
}

export async function forgetLearnedTarget(step: LearnedStep): Promise<void> {
	await askBackground({type: 'bg:learned-target-remove', ...step});
}
