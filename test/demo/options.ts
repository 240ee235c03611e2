import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {fileURLToPath} from 'node:url';
import {requireBrowser} from '../setup/browsers';

export const LANGS = ['de', 'fr', 'it', 'en'] as const;
export type DemoLang = (typeof LANGS)[number];

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROME_DIST = join(ROOT, 'dist/chrome');
export const REPLICA_DIST = join(ROOT, 'dist/replica');
// The demo opens the replica under exactly the portal's address (the entry URL the SpiGes handbook gives).
export {PORTAL_ORIGIN as PORTAL, PORTAL_HOME} from '../../src/shared/portal-address';

export type DemoOptions = {
	lang: DemoLang;
	/** Walk through the guide and the wizard and write screenshots, even when a display is available. */
	headless: boolean;
	/** Where the headless run writes its screenshots and report. */
	out: string;
	/** Also refresh the README's two pictures (docs/overlay-step.png, docs/wizard-outcome.png). */
	docs: boolean;
	executablePath: string;
};

export class DemoError extends Error {}

const USAGE = `Usage: npm start [-- --lang de|fr|it|en] [--headless] [--out DIR] [--docs]
  --lang      portal and extension language (default de)
  --headless  walk through the demo and write screenshots even when a display is available
  --out       output directory of the headless run (default artifacts/demo)
  --docs      also refresh the README pictures in docs/ (headless run only)`;

export function parseDemoOptions(argv: readonly string[], env: NodeJS.ProcessEnv): DemoOptions {
	let values;
	try {
		({values} = parseArgs({
			args: [...argv],
			options: {
				lang: {type: 'string', short: 'l', default: 'de'},
				headless: {type: 'boolean', default: false},
				out: {type: 'string', default: join(ROOT, 'artifacts/demo')},
				docs: {type: 'boolean', default: false},
				help: {type: 'boolean', short: 'h', default: false},
			},
			strict: true,
		}));
	} catch (error) {
		throw new DemoError(`${(error as Error).message}\n${USAGE}`);
	}
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const lang = values.lang.toLowerCase();
	if (!(LANGS as readonly string[]).includes(lang))
		throw new DemoError(`Unknown language "${values.lang}".\n${USAGE}`);
	const hasDisplay = Boolean(env.DISPLAY) || Boolean(env.WAYLAND_DISPLAY);
	return {
		lang: lang as DemoLang,
		headless: values.headless || values.docs || !hasDisplay,
		out: values.out,
		docs: values.docs,
		executablePath: requireChromium(env),
	};
}

/** The browser binary (`npm start` installed Debian's when it was missing), or a message that says what to do. */
function requireChromium(env: NodeJS.ProcessEnv): string {
	try {
		return requireBrowser('chromium', env);
	} catch (error) {
		throw new DemoError(`${(error as Error).message}\nnpm start installs it itself when run as root with apt-get.`);
	}
}

/** `npm start` builds first; running this file alone without a build says what to do. */
export function requireBuild(): void {
	const missing = [join(CHROME_DIST, 'manifest.json'), join(REPLICA_DIST, 'index.html')].filter(
		(file) => !existsSync(file),
	);
	if (missing.length > 0) {
		throw new DemoError(
			`The build is missing (${missing.join(', ')}). Run: npm start (it builds first) or npm run build.`,
		);
	}
}
