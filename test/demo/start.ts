import {copyFile} from 'node:fs/promises';
import {isAbsolute, join, relative} from 'node:path';
import {launchDemoBrowser} from './browser';
import {DemoError, PORTAL_HOME, ROOT, parseDemoOptions, requireBuild, type DemoOptions} from './options';
import {Recorder} from './recorder';
import {writeReport} from './report';
import {walkResendCode, walkWizard} from './walkthrough';

// `npm start [-- --lang fr]`: the built extension in Chromium on the replica portal, under the real portal URL.
// With a display: a browser window to try it by hand, open until it is closed. Without one (or with --headless):
// a scripted walk through resend-code and the discrepancy wizard that leaves screenshots and report.md.

/** A path as the user can type it from here: relative inside the current directory, absolute outside. */
function shown(path: string): string {
	const fromHere = relative(process.cwd(), path);
	return fromHere === '' ? '.' : fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}

async function headed(options: DemoOptions): Promise<void> {
	const {context, extensionId} = await launchDemoBrowser({
		executablePath: options.executablePath,
		headless: false,
		lang: options.lang,
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(`${PORTAL_HOME}?lang=${options.lang}&reset=1`);
	console.log(`Chromium is open on the replica portal (${options.lang}): ${PORTAL_HOME}`);
	console.log('Click the round «?» button at the bottom left of the portal to start a guide.');
	console.log('The discrepancy wizard: toolbar → extensions (puzzle icon) → eIAM Assist, or open it as a page:');
	console.log(`  chrome-extension://${extensionId}/src/popup/index.html`);
	console.log('Close the browser window (or press Ctrl+C) to end the demo.');
	const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
	process.once('SIGINT', () => void context.close());
	await closed;
}

async function headless(options: DemoOptions): Promise<void> {
	const started = performance.now();
	const recorder = new Recorder(options.out);
	await recorder.prepare();
	console.log(
		`No display: walking through the demo headless (${options.lang}), screenshots into ${shown(options.out)}/`,
	);
	const browser = await launchDemoBrowser({
		executablePath: options.executablePath,
		headless: true,
		lang: options.lang,
	});
	let page = browser.context.pages()[0] ?? (await browser.context.newPage());
	const facts = {
		lang: options.lang,
		browser: `Chromium ${browser.context.browser()?.version() ?? ''}`.trim(),
		blocked: browser.blocked,
	};
	try {
		const overlayPicture = await walkResendCode(page, options.lang, recorder);
		page = await browser.context.newPage();
		const {wizardPicture, mail} = await walkWizard(page, browser.extensionId, options.lang, recorder);
		const seconds = (performance.now() - started) / 1000;
		const report = await writeReport(options.out, recorder.shots, {...facts, seconds, mail});
		if (options.docs) {
			await copyFile(join(options.out, overlayPicture), join(ROOT, 'docs/overlay-step.png'));
			await copyFile(join(options.out, wizardPicture), join(ROOT, 'docs/wizard-outcome.png'));
			console.log('Updated docs/overlay-step.png and docs/wizard-outcome.png.');
		}
		console.log(`Done in ${seconds.toFixed(1)} s: ${recorder.shots.length} screenshots and ${shown(report)}`);
	} catch (error) {
		await page.screenshot({path: join(options.out, 'failure.png')}).catch(() => undefined);
		const seconds = (performance.now() - started) / 1000;
		const failure = error instanceof Error ? error.message : String(error);
		const report = await writeReport(options.out, recorder.shots, {...facts, seconds, failure});
		console.error(
			`The page at the failure: ${shown(join(options.out, 'failure.png'))}; the steps up to it: ${shown(report)}`,
		);
		throw error;
	} finally {
		await browser.context.close();
	}
}

try {
	const options = parseDemoOptions(process.argv.slice(2), process.env);
	requireBuild();
	await (options.headless ? headless(options) : headed(options));
} catch (error) {
	console.error(
		`npm start failed: ${error instanceof DemoError ? error.message : String((error as Error).stack ?? error)}`,
	);
	process.exitCode = 1;
}
