import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {CHROME_DIST, FIREFOX_DIST, ROOT} from './paths';

/** Builds dist/ once when it is missing (`npm run test:e2e` builds first; this covers running one spec alone). */
export function ensureBuilt(): void {
	const ready = [
		join(CHROME_DIST, 'manifest.json'),
		join(FIREFOX_DIST, 'manifest.json'),
		join(ROOT, 'dist/replica/index.html'),
		join(ROOT, 'dist/replica-ng/index.html'),
	].every((file) => existsSync(file));
	if (!ready) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'});
}
