import {execFileSync, spawnSync} from 'node:child_process';
import {BROWSERS, browserPath, isExecutable, onPath, type BrowserName} from './browsers';

/*
 * `node --import tsx test/setup/with-browsers.ts chromium [firefox-esr] -- <command …>`: makes sure the browsers the
 * command needs are there, then runs it (npm start and npm test start this way, so a fresh Debian machine needs
 * only `npm ci && npm start`). A missing browser is installed from Debian's packages when this runs as root with
 * apt-get, saying so; otherwise it prints the exact command to run and stops. EIAM_NO_INSTALL=1 forbids installing.
 * CHROME_PATH / FIREFOX_PATH name another binary; when the one named does not exist, that browser counts as missing
 * and, once Debian's package is installed, Debian's binary is used instead (saying so).
 */

function isInstalled(debianPackage: string): boolean {
	try {
		const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', debianPackage], {
			encoding: 'utf8',
			stdio: 'pipe',
		});
		return status.includes('install ok installed');
	} catch {
		return false; // not known to dpkg, or no dpkg at all
	}
}

const separator = process.argv.indexOf('--');
const names = process.argv.slice(2, separator === -1 ? undefined : separator) as BrowserName[];
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
const unknown = names.filter((name) => !(name in BROWSERS));
if (unknown.length > 0 || command.length === 0) {
	console.error(
		`Usage: with-browsers.ts ${Object.keys(BROWSERS).join('|')} … -- <command> (unknown: ${unknown.join(', ')})`,
	);
	process.exit(2);
}

const env = {...process.env};
/** Browsers not launchable where they are looked for (`$CHROME_PATH` when set, else Debian's path). */
const missing = names.filter((name) => !isExecutable(browserPath(name, env)));

if (missing.length > 0) {
	const packages = missing.map((name) => BROWSERS[name].debianPackage);
	const labels = missing.map((name) => BROWSERS[name].label).join(' and ');
	// A package dpkg calls installed whose binary is gone is a broken install: only a reinstall brings it back.
	const broken = missing.some(
		(name) => isInstalled(BROWSERS[name].debianPackage) && !isExecutable(BROWSERS[name].debianPath),
	);
	const install = ['install', '-y', ...(broken ? ['--reinstall'] : []), ...packages];
	const isRoot = process.getuid?.() === 0;
	const forbidden = env.EIAM_NO_INSTALL === '1';
	if (!isRoot || forbidden || !onPath('apt-get', env)) {
		const sudo = isRoot ? '' : 'sudo ';
		const where = missing.map((name) => browserPath(name, env)).join(', ');
		const why = forbidden ? '; EIAM_NO_INSTALL=1: not installing it myself' : '';
		console.error(
			`eIAM Assist needs ${labels}: not found at ${where}${why}. Install Debian's package, then run this again:\n\n` +
				`  ${sudo}apt-get update && ${sudo}apt-get ${install.join(' ')}\n\n` +
				`(or point ${missing.map((name) => BROWSERS[name].variable).join(' / ')} to a browser binary).`,
		);
		process.exit(1);
	}
	console.log(`eIAM Assist needs ${labels}: installing Debian's package (apt-get ${install.join(' ')}) …`);
	const aptEnv = {...env, DEBIAN_FRONTEND: 'noninteractive'};
	for (const args of [['update', '-qq'], install]) {
		const result = spawnSync('apt-get', args, {stdio: 'inherit', env: aptEnv});
		if (result.status !== 0) {
			console.error(`apt-get ${args.join(' ')} failed (exit ${String(result.status)}).`);
			process.exit(1);
		}
	}
	// Debian's binary, not $CHROME_PATH: that is where the package puts it.
	const still = missing.filter((name) => !isExecutable(BROWSERS[name].debianPath));
	if (still.length > 0) {
		console.error(`Still missing after the install: ${still.map((name) => BROWSERS[name].debianPath).join(', ')}.`);
		process.exit(1);
	}
	for (const name of missing) {
		const {variable, debianPath} = BROWSERS[name];
		if (env[variable] !== undefined) {
			console.log(`${variable}=${env[variable]} does not exist: using Debian's ${debianPath} instead.`);
			env[variable] = debianPath;
		}
	}
	console.log(`${labels}: ready.`);
}

const [program = '', ...args] = command;
const result = spawnSync(program, args, {stdio: 'inherit', env});
process.exit(result.status ?? 1);
