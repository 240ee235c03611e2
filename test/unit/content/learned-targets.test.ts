// @vitest-environment happy-dom
import {afterEach, describe, expect, test, vi} from 'vitest';
import {LEARNED_MISS_MS, learnedTargets, type LearnedLookup} from '../../../src/content/learned-targets';
import type {LearnedTarget} from '../../../src/shared/learned-target';
import {loadHtml} from '../portal/support/load';

const TAUGHT: LearnedTarget = {
	guide: 'resend-code',
	step: 'send-code',
	page: 'completed',
	role: 'button',
	name: 'Code zustellen',
	region: '',
	lang: 'de',
};

function lookup(overrides: Partial<LearnedLookup> = {}): LearnedLookup {
	return {
		guide: 'resend-code',
		step: 'send-code',
		page: 'completed',
		shownPage: 'completed',
		lang: 'de',
		extId: undefined,
		builtInFinds: () => false,
		located: (element) => ({element, ready: true, value: ''}),
		...overrides,
	};
}

afterEach(() => vi.useRealTimers());

describe('the learned targets of a tab', () => {
	test('are tried on their page in their language, and then found', () => {
		const doc = loadHtml('<main><button>Code zustellen</button></main>');
		const dropped = vi.fn();
		const learned = learnedTargets(doc, {dropped});
		learned.replaceAll([TAUGHT]);
		expect(learned.locate(lookup())?.element).toBe(doc.querySelector('button'));
		expect(learned.locate(lookup({lang: 'fr'}))).toBeUndefined();
		expect(learned.locate(lookup({shownPage: 'overview'}))).toBeUndefined();
		expect(dropped).not.toHaveBeenCalled();
	});

	test('one that stays unmatched is dropped only after the page had time to render', () => {
		vi.useFakeTimers();
		const doc = loadHtml('<main><button>Onboarding-Code per E-Mail senden</button></main>');
		const dropped = vi.fn();
		const learned = learnedTargets(doc, {dropped});
		learned.replaceAll([TAUGHT]);
		expect(learned.locate(lookup())).toBeUndefined();
		vi.advanceTimersByTime(LEARNED_MISS_MS - 1);
		expect(learned.locate(lookup())).toBeUndefined();
		expect(dropped).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(learned.locate(lookup())).toBeUndefined();
		expect(dropped).toHaveBeenCalledWith({guide: 'resend-code', step: 'send-code', page: 'completed'});
		expect(learned.has(TAUGHT)).toBe(false);
	});

	test('one that does not match while the built-in locator finds the control is dropped at once', () => {
		const doc = loadHtml('<main><button>Onboarding-Code per E-Mail senden</button></main>');
		const dropped = vi.fn();
		const learned = learnedTargets(doc, {dropped});
		learned.replaceAll([TAUGHT]);
		expect(learned.locate(lookup({builtInFinds: () => true}))).toBeUndefined();
		expect(dropped).toHaveBeenCalledTimes(1);
	});
});
