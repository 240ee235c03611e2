import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {CHROME_DIST, FIREFOX_DIST, ROOT} from './paths';

/** Builds dist/ once when it is missing (`npm run test:e2e` builds first; this covers running one spec alone). */
export function ensureBuilt(): void {
	const ready = [CHROME_DIST, FIREFOX_DIST, join(ROOT, 'dist/replica')].every((dir) =>
		existsSync(join(dir, dir.endsWith('replica') ? 'index.html' : 'manifest.json')),
	);
	if (!ready) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'});
}
