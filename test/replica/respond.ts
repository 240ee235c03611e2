import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

/** Where `npm run build` writes the replica (test/replica/vite.config.ts). */
export const REPLICA_DIST = fileURLToPath(new URL('../../dist/replica/', import.meta.url));
export const PORTAL_ORIGIN = 'https://www.portal.eiam.admin.ch';
/** The sign-in page (a CH-LOGIN look-alike on the portal host, so the test browsers' routing serves it). */
export const LOGIN_PATH = '/portal/login';

export type ReplicaResponse = {status: number; contentType: string; body: Buffer};

/** Answers a request for the portal host (this file's `respondToPortalRequest`, or the Angular replica's). */
export type PortalResponder = (url: URL) => Promise<ReplicaResponse>;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.png': 'image/png',
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
 * Answers requests for the portal host the way the real portal would, from a built replica (`dist`) whose own files
 * are served under `assets`. Used by the Playwright route, the Puppeteer interception and `npm run replica`, so all
 * three serve the same thing:
 * - `/portal/adminservice/app/…` (any sub-route): the SPA shell, like Angular's fallback route;
 * - `/portal/selfadminservice/…`: the same shell, which renders a non-admin "my account" page there;
 * - `/portal/login?return=…`: the same shell, which renders a CH-LOGIN look-alike sign-in page;
 * - `assets…`: the replica's own scripts, styles, fonts and images;
 * - anything else: 404.
 */
export function replicaResponder(dist: string, assets: string): PortalResponder {
	return async (url) => {
		const path = decodeURIComponent(url.pathname);
		if (path.startsWith(assets)) {
			const relative = normalize(path.slice(assets.length));
			if (relative.startsWith('..')) return notFound();
			return file(join(dist, relative));
		}
		if (
			path.startsWith('/portal/adminservice/') ||
			path.startsWith('/portal/selfadminservice/') ||
			path === LOGIN_PATH ||
			path.startsWith(`${LOGIN_PATH}/`)
		) {
			return file(join(dist, 'index.html'));
		}
		return notFound();
	};
}

/** The classic replica (test/replica), its files under `/__replica/`. */
export const respondToPortalRequest: PortalResponder = replicaResponder(REPLICA_DIST, '/__replica/');
