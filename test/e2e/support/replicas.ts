import {respondToPortalRequest, type PortalResponder} from '../../replica/respond';
import {respondToPortalRequestNg} from '../../replica-ng/respond';

/**
 * The two portal replicas, served under the real portal URL: `classic` (test/replica, Preact markup imitating
 * Oblique/PrimeNG) and `ng` (test/replica-ng, built from Angular, PrimeNG, Material and Oblique themselves).
 * Same pages, scenario parameters, fixtures and texts; tests choose one by its responder.
 */
export const REPLICAS = {
	classic: respondToPortalRequest,
	ng: respondToPortalRequestNg,
} as const satisfies Record<string, PortalResponder>;

export type ReplicaName = keyof typeof REPLICAS;

export const REPLICA_NAMES = Object.keys(REPLICAS) as ReplicaName[];

export function isReplicaName(value: string | undefined): value is ReplicaName {
	return value !== undefined && Object.hasOwn(REPLICAS, value);
}
