import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {LOGIN_PATH, type ReplicaResponse} from '../replica/respond';

/** Where the Angular replica is built (test/replica-ng/angular.json, `outputPath`). */
export const REPLICA_NG_DIST = fileURLToPath(new URL('../../dist/replica-ng/', import.meta.url));
/** The prefix of the Angular replica's own files on the portal host (angular.json `deployUrl`). */
export const REPLICA_NG_ASSETS = '/__replica-ng/';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject',
	'.json': 'application/json',
};

async function file(path: string): Promise<ReplicaResponse> {
	try {
		const body = await readFile(path);
		return {status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body};
	} catch {
		return notFound();
	}
}

function notFound(): ReplicaResponse {
	return {status: 404, contentType: 'text/plain; charset=utf-8', body: Buffer.from('Not found')};
}

/**
 * Answers a request for the portal host from the built Angular replica, like `respondToPortalRequest` does for the
 * classic one (same signature, so the test harness, the demo and `npm run replica` can serve either):
 * - `/portal/adminservice/…`, `/portal/selfadminservice/…`, `/portal/login`: the SPA shell (Angular's router
 *   renders the page, the sign-in page or the self-service page);
 * - `/__replica-ng/…`: its scripts, styles, fonts and logo;
 * - anything else: 404.
 */
export async function respondToPortalRequestNg(url: URL): Promise<ReplicaResponse> {
	const path = decodeURIComponent(url.pathname);
	if (path.startsWith(REPLICA_NG_ASSETS)) {
		const relative = normalize(path.slice(REPLICA_NG_ASSETS.length));
		if (relative.startsWith('..')) return notFound();
		return file(join(REPLICA_NG_DIST, relative));
	}
	if (
		path.startsWith('/portal/adminservice/') ||
		path.startsWith('/portal/selfadminservice/') ||
		path === LOGIN_PATH ||
		path.startsWith(`${LOGIN_PATH}/`)
	) {
		return file(join(REPLICA_NG_DIST, 'index.html'));
	}
	return notFound();
}
