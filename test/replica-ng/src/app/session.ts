import {InjectionToken} from '@angular/core';
import type {ReplicaStore} from '../../../replica/src/state/store';

/**
 * The replica's session: the classic replica's store (scenario parameters, fixtures, persisted state, guards),
 * created in main.ts before Angular starts and with routing left to Angular's router. Both replicas thereby give
 * every scenario parameter the same meaning and restore the same state after a reload.
 */
export const SESSION = new InjectionToken<ReplicaStore>('eIAM replica session');
