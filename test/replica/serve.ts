import {createServer} from 'node:http';
import {PORTAL_ORIGIN, respondToPortalRequest} from './respond';

// `npm run replica`: serves the built replica on 127.0.0.1 for a person to look at (tests route the real portal
// URL to the same respondToPortalRequest instead). Port from PORT, default 4300.
const port = Number.parseInt(process.env.PORT ?? '4300', 10);
const host = '127.0.0.1';

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', PORTAL_ORIGIN);
	if (url.pathname === '/' || url.pathname === '/portal' || url.pathname === '/portal/') {
		response.writeHead(302, {location: '/portal/adminservice/app/home'});
		response.end();
		return;
	}
	respondToPortalRequest(url).then(
		(answer) => {
			response.writeHead(answer.status, {'content-type': answer.contentType, 'cache-control': 'no-store'});
			response.end(answer.body);
		},
		(error: unknown) => {
			response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'});
			response.end(String(error));
		},
	);
});

server.listen(port, host, () => {
	const base = `http://${host}:${port}`;
	console.log(`eIAM portal replica: ${base}/portal/adminservice/app/home?lang=de`);
	console.log(`  scenarios, e.g. ${base}/portal/adminservice/app/delegation/units?lang=fr&users=10000&reset=1`);
	console.log(`  sign-in page:   ${base}/portal/login?return=/portal/adminservice/app/home`);
	console.log('Ctrl+C to stop.');
});
