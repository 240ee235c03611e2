import {fileURLToPath} from 'node:url';
import {replicaResponder, type PortalResponder} from '../replica/respond';

/** Where the Angular replica is built (test/replica-ng/angular.json, `outputPath`). */
export const REPLICA_NG_DIST = fileURLToPath(new URL('../../dist/replica-ng/', import.meta.url));
/** The prefix of the Angular replica's own files on the portal host (angular.json `deployUrl`). */
export const REPLICA_NG_ASSETS = '/__replica-ng/';

/** The Angular replica (test/replica-ng), answered like the classic one so the harness and the demo serve either. */
export const respondToPortalRequestNg: PortalResponder = replicaResponder(REPLICA_NG_DIST, REPLICA_NG_ASSETS);
