import {test as base} from 'vitest';
import {respondToPortalRequest, type PortalResponder} from '../../replica/respond';
import {launchChromium, unexpectedRequests, type ChromiumSession} from './chromium';
import {launchFirefox, unexpectedFirefoxRequests, type FirefoxSession} from './firefox';
import {REPLICAS, type ReplicaName} from './replicas';

// How the portal's host is answered: the classic replica (test/replica) by default. A spec runs its tests on both
// replicas (support/replicas.ts) by parameterising a describe and overriding `replica` in it:
//   describe.for(REPLICA_NAMES)('on the %s replica', (replica) => { test.override({replica}); … })
// `page` (with the extension) and `barePage` (without) then come from a browser serving that replica (one per
// replica, kind and file, launched when first needed).
// Firefox is one browser per file: a Firefox spec picks its replica for the whole file by its responder,
// `test.override('respond', () => REPLICAS.ng)`.

/** A browser launched for this file whose console errors and requests are checked after every test. */
export type Checked = {
	readonly label: string;
	readonly consoleErrors: readonly string[];
	readonly requests: readonly string[];
	unexpected(requests: readonly string[]): string[];
};

type Progress = {browser: Checked; errors: number; requests: number};

/** Registers a browser for the per-test check; what it logged before is not this test's doing. */
export function checked(launched: Progress[], browser: Checked): void {
	launched.push({browser, errors: browser.consoleErrors.length, requests: browser.requests.length});
}

/** What the browsers logged and asked for since the last check, as a failure message naming the test. */
function problemsSinceLastCheck(launched: readonly Progress[], testName: string): string | undefined {
	const problems: string[] = [];
	for (const progress of launched) {
		const {browser} = progress;
		const errors = browser.consoleErrors.slice(progress.errors);
		const requests = browser.unexpected(browser.requests.slice(progress.requests));
		progress.errors = browser.consoleErrors.length;
		progress.requests = browser.requests.length;
		if (errors.length > 0) problems.push(`console errors in ${browser.label}:\n  ${errors.join('\n  ')}`);
		if (requests.length > 0)
			problems.push(`requests outside the portal from ${browser.label}:\n  ${requests.join('\n  ')}`);
	}
	return problems.length > 0 ? `«${testName}»: ${problems.join('\n')}` : undefined;
}

const chromiumChecked = (session: ChromiumSession, label: string): Checked => ({
	label,
	consoleErrors: session.consoleErrors,
	requests: session.requests,
	unexpected: (requests) => unexpectedRequests({requests: [...requests]}),
});

/**
 * The base of both: how the portal is answered, the browsers launched for this file, and after *each* test a check
 * that no page logged a console error and nothing was requested outside the portal, failing that test by name.
 */
const checkedTest = base
	.extend('respond', {scope: 'file'}, (): PortalResponder => respondToPortalRequest)
	.extend('launched', {scope: 'file'}, (): Progress[] => [])
	.extend('clean', {auto: true}, ({launched, task}, {onCleanup}) => {
		onCleanup(() => {
			const problems = problemsSinceLastCheck(launched, task.name);
			if (problems) throw new Error(problems);
		});
		return true;
	});

/**
 * The E2E test for Chromium: one browser per file (`session`, with the built extension; `bare`, without it,
 * launched only by the files that use it) and a fresh `page` per test, checked after each test.
 */
export const chromiumTest = checkedTest
	.extend('session', {scope: 'file'}, async ({respond, launched}, {onCleanup}) => {
		const session = await launchChromium({respond});
		onCleanup(() => session.close());
		checked(launched, chromiumChecked(session, 'Chromium'));
		return session;
	})
	.extend('bare', {scope: 'file'}, async ({respond, launched}, {onCleanup}) => {
		const session = await launchChromium({respond, extension: false});
		onCleanup(() => session.close());
		checked(launched, chromiumChecked(session, 'Chromium without the extension'));
		return session;
	})
	.extend('replicaSessions', {scope: 'file'}, ({launched}, {onCleanup}) => {
		// The file's own browsers (`session`, `bare`: the classic replica or `respond`) are not launched again.
		const open = new Map<string, Promise<ChromiumSession>>();
		onCleanup(async () => {
			for (const session of open.values()) await (await session).close();
		});
		return (replica: ReplicaName, extension: boolean): Promise<ChromiumSession> => {
			const key = `${replica}${extension ? '' : ' without the extension'}`;
			const known = open.get(key);
			if (known) return known;
			const launching = launchChromium({respond: REPLICAS[replica], extension}).then((session) => {
				checked(launched, chromiumChecked(session, `Chromium on the ${key} replica`));
				return session;
			});
			open.set(key, launching);
			return launching;
		};
	})
	/** The replica this test's pages show: overridden per describe in specs that run on both. */
	.extend('replica', (): ReplicaName => 'classic')
	.extend('page', async ({session, replica, replicaSessions}, {onCleanup}) => {
		// `classic` is the file's own browser: the classic replica, or what the file's `respond` serves (a spec that
		// overrides `respond` for the whole file, e.g. with the Angular replica, gets that one).
		const owner = replica === 'classic' ? session : await replicaSessions(replica, true);
		const page = await owner.newPage();
		onCleanup(() => page.close());
		return page;
	})
	/** A fresh page of a browser without the extension, on this test's replica (the portal as it is on its own). */
	.extend('barePage', async ({bare, replica, replicaSessions}, {onCleanup}) => {
		const owner = replica === 'classic' ? bare : await replicaSessions(replica, false);
		const page = await owner.newPage();
		onCleanup(() => page.close());
		return page;
	});

/** The same for Firefox ESR: `firefox` launched once per file, checked after each test. */
export const firefoxTest = checkedTest.extend('firefox', {scope: 'file'}, async ({respond, launched}, {onCleanup}) => {
	const session: FirefoxSession = await launchFirefox({respond});
	onCleanup(() => session.close());
	checked(launched, {
		label: 'Firefox',
		consoleErrors: session.consoleErrors,
		requests: session.requests,
		unexpected: unexpectedFirefoxRequests,
	});
	return session;
});
