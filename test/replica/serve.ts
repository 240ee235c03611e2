import {createServer} from 'node:http';
import {isReplicaName, REPLICAS} from '../e2e/support/replicas';
import {PORTAL_ORIGIN} from './respond';

// `npm run replica`: serves a built replica on 127.0.0.1 for a person to look at (tests route the real portal URL
// to the same responder instead). The classic replica by default; `npm run replica -- --replica ng` (or REPLICA=ng)
// serves the Angular one. Port from PORT, default 4300.
const port = Number.parseInt(process.env.PORT ?? '4300', 10);
const host = '127.0.0.1';
const flag = process.argv.indexOf('--replica');
const wanted = flag >= 0 ? process.argv[flag + 1] : process.env.REPLICA;
if (wanted !== undefined && !isReplicaName(wanted)) {
	console.error(`Unknown replica "${wanted}": use ${Object.keys(REPLICAS).join(' or ')}.`);
	process.exit(1);
}
const replica = wanted ?? 'classic';
const respondToPortalRequest = REPLICAS[replica];

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
	console.log(`eIAM portal replica (${replica}): ${base}/portal/adminservice/app/home?lang=de`);
	console.log(`  scenarios, e.g. ${base}/portal/adminservice/app/delegation/units?lang=fr&users=10000&reset=1`);
	console.log(`  sign-in page:   ${base}/portal/login?return=/portal/adminservice/app/home`);
	console.log('Ctrl+C to stop.');
});
