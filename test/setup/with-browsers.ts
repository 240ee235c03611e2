import {execFileSync, spawnSync} from 'node:child_process';
import {BROWSERS, browserPath, isExecutable, onPath, type BrowserName} from './browsers';

/*
 * `node --import tsx test/setup/with-browsers.ts chromium [firefox-esr] -- <command …>`: makes sure the browsers the
 * command needs are there, then runs it (npm start and npm test start this way, so a fresh Debian machine needs
 * only `npm ci && npm start`). A missing browser is installed from Debian's packages when this runs as root with
 * apt-get, saying so; otherwise it prints the exact command to run and stops. EIAM_NO_INSTALL=1 forbids installing.
 * CHROME_PATH / FIREFOX_PATH name another binary; when the one named does not exist, Debian's is used instead.
 */

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
const missing: BrowserName[] = [];
for (const name of names) {
	const {label, variable, debianPath} = BROWSERS[name];
	const path = browserPath(name, env);
	if (isExecutable(path)) continue;
	if (env[variable] !== undefined) {
		console.warn(`${variable}=${path}: no such browser; eIAM Assist uses Debian's ${label} (${debianPath}).`);
		env[variable] = debianPath;
		if (isExecutable(debianPath)) continue;
	}
	missing.push(name);
}

if (missing.length > 0) {
	const packages = missing.map((name) => BROWSERS[name].debianPackage);
	const labels = missing.map((name) => BROWSERS[name].label).join(' and ');
	// A package dpkg calls installed whose binary is gone is a broken install: only a reinstall brings it back.
	const installed = packages.filter((pkg) => {
		try {
			return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], {encoding: 'utf8', stdio: 'pipe'}).includes(
				'install ok installed',
			);
		} catch {
			return false;
		}
	});
	const install = ['install', '-y', ...(installed.length > 0 ? ['--reinstall'] : []), ...packages];
	const isRoot = process.getuid?.() === 0;
	const forbidden = env.EIAM_NO_INSTALL === '1';
	if (!isRoot || forbidden || !onPath('apt-get', env)) {
		const sudo = isRoot ? '' : 'sudo ';
		const why = forbidden ? ' (EIAM_NO_INSTALL=1: not installing it myself)' : '';
		console.error(
			`eIAM Assist needs ${labels}, which is not installed${why}. Install Debian's package, then run this again:\n\n` +
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
	const still = missing.filter((name) => !isExecutable(BROWSERS[name].debianPath));
	if (still.length > 0) {
		console.error(`Still missing after the install: ${still.map((name) => BROWSERS[name].debianPath).join(', ')}.`);
		process.exit(1);
	}
	console.log(`Installed ${labels}.`);
}

const [program = '', ...args] = command;
const result = spawnSync(program, args, {stdio: 'inherit', env});
process.exit(result.status ?? 1);
