import {describe, expect, test, vi} from 'vitest';

// The extension updated (or reloaded) while a guide runs: the content script already in the page is cut off from
// the extension, and every message throws «Extension context invalidated» at once (a fake here, like Chromium).
vi.mock('../../../src/content/extension', () => ({
	extension: () => ({
		runtime: {
			sendMessage: () => {
				throw new Error('Extension context invalidated.');
			},
		},
	}),
}));

const {resumeStoredGuide, saveGuideSession} = await import('../../../src/content/session-link');
type GuideRunner = import('../../../src/engine/runner').GuideRunner;

const SESSION = {guide: 'resend-code', context: {}, stepIndex: 2, baselines: {}, skipped: [], done: false} as const;

describe('a guide when the extension is updated under it (#13)', () => {
	test('saving a step neither throws nor stops the guide on the open page', async () => {
		expect(() => saveGuideSession({...SESSION, skipped: [], baselines: {}})).not.toThrow();
		expect(() => saveGuideSession(null)).not.toThrow();
		// A rejection nobody handles would fail this test run.
		await new Promise((resolve) => setTimeout(resolve, 0));
	});

	test('loading answers «no session» instead of failing the page', async () => {
		const resume = vi.fn();
		const runner = {session: undefined, resume} as unknown as GuideRunner;
		await expect(resumeStoredGuide(runner, 'replace')).resolves.toBeUndefined();
		expect(resume).not.toHaveBeenCalled();
	});
});
