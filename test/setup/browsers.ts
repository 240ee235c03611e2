import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';

/** The browsers the project runs, where Debian puts them, and the variable that points elsewhere. */
export const BROWSERS = {
	chromium: {label: 'Chromium', variable: 'CHROME_PATH', debianPath: '/usr/bin/chromium', debianPackage: 'chromium'},
	'firefox-esr': {
		label: 'Firefox ESR',
		variable: 'FIREFOX_PATH',
		debianPath: '/usr/bin/firefox-esr',
		debianPackage: 'firefox-esr',
	},
} as const;
export type BrowserName = keyof typeof BROWSERS;

export function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The binary to launch: `$CHROME_PATH` (`$FIREFOX_PATH`) when set, else Debian's. */
export function browserPath(name: BrowserName, env: NodeJS.ProcessEnv = process.env): string {
	const browser = BROWSERS[name];
	return env[browser.variable] ?? browser.debianPath;
}

/** The launchable binary, or an error that says how to get one. */
export function requireBrowser(name: BrowserName, env: NodeJS.ProcessEnv = process.env): string {
	const path = browserPath(name, env);
	if (isExecutable(path)) return path;
	const {label, variable, debianPackage} = BROWSERS[name];
	throw new Error(
		`${label} not found at ${path}. Install it with: apt-get install -y ${debianPackage} (or set ${variable} to the browser binary).`,
	);
}

/** Whether a command is on the PATH. */
export function onPath(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
	return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command)));
}
