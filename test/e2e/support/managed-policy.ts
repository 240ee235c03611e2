import {createHash} from 'node:crypto';
import {accessSync, constants, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import {launchChromium} from './chromium';
import {ensureBuilt} from './build';
import {CHROME_DIST} from './paths';

/*
 * A real Chromium policy for the extension's managed storage. Debian's Chromium reads mandatory policies from
 * /etc/chromium/policies/managed/*.json, including `3rdparty.extensions.<id>`, and applies them to unpacked
 * extensions too (checked with Chromium 156). Writing there needs root (CI runs as root).
 *
 * The policy names one extension id, and that is what keeps parallel test runs apart: the extension is loaded
 * from a fresh copy of dist/chrome in a temporary directory, whose unpacked id (derived from the path) no other
 * run uses. Another run's extension never sees this policy, even while the file exists.
 */

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of the absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(path: string): string {
	const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
	return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)));
}

export type PolicySession = {
	context: BrowserContext;
	extensionId: string;
	/** Console errors and uncaught exceptions of every page. */
	consoleErrors: string[];
	/** Every URL any page asked for. */
	requests: string[];
	newPage(): Promise<Page>;
	/** Rewrites the policy file; Chromium notices by itself after a few seconds (its file watcher settles first). */
	updatePolicy(policy: Record<string, unknown>): void;
	close(): Promise<void>;
};

/**
 * Launches Chromium with a copy of the built extension and `policy` as that copy's managed storage
 * (what an administrator puts under `3rdparty.extensions.<id>`). close() removes the policy file and the copy.
 */
export async function launchChromiumWithPolicy(policy: Record<string, unknown>): Promise<PolicySession> {
	ensureBuilt();
	try {
		mkdirSync(POLICY_DIR, {recursive: true});
		accessSync(POLICY_DIR, constants.W_OK);
	} catch (error) {
		throw new Error(
			`Cannot write Chromium policies to ${POLICY_DIR} (run as root, or set CHROMIUM_POLICY_DIR to the directory your Chromium reads).`,
			{cause: error},
		);
	}
	const copy = mkdtempSync(join(tmpdir(), 'eiam-assist-policy-'));
	const extensionPath = join(copy, 'extension');
	cpSync(CHROME_DIST, extensionPath, {recursive: true});
	const extensionId = unpackedExtensionId(extensionPath);
	const policyFile = join(POLICY_DIR, `eiam-assist-e2e-${extensionId}.json`);
	const writePolicy = (values: Record<string, unknown>): void =>
		writeFileSync(policyFile, JSON.stringify({'3rdparty': {extensions: {[extensionId]: values}}}, null, 2));
	const cleanUp = (): void => {
		// The policy directory itself stays: an empty one is harmless, and a parallel run may be writing into it.
		rmSync(policyFile, {force: true});
		rmSync(copy, {recursive: true, force: true});
	};
	writePolicy(policy);
	process.once('exit', cleanUp);

	try {
		const session = await launchChromium({extensionDir: extensionPath});
		const {context, consoleErrors, requests} = session;
		if (session.extensionId !== extensionId) {
			await session.close();
			throw new Error(`Chromium loaded the extension as ${session.extensionId}, the policy names ${extensionId}`);
		}
		return {
			context,
			extensionId,
			consoleErrors,
			requests,
			newPage: () => context.newPage(),
			updatePolicy: writePolicy,
			async close() {
				await context.close();
				cleanUp();
				process.off('exit', cleanUp);
			},
		};
	} catch (error) {
		cleanUp();
		process.off('exit', cleanUp);
		throw error;
	}
}
