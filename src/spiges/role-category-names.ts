import {defineCatalog, type Catalog} from '../shared/catalog';
import type {RoleCategory} from './roles';

/**
 * The name of each role category as the handbook's role pages title it («Rollen Kantone», «Rôles Hôpitaux», «Ruoli
 * Destinatari dei dati»), for the panel's warning when a role of another category is chosen.
 */
export const ROLE_CATEGORY_NAMES: Catalog<RoleCategory> = defineCatalog<RoleCategory>({
	de: {canton: 'Kantone', hospital: 'Spitäler', 'data-recipient': 'Datenempfänger'},
	fr: {canton: 'Cantons', hospital: 'Hôpitaux', 'data-recipient': 'Destinataires des données'},
	it: {canton: 'Cantoni', hospital: 'Ospedali', 'data-recipient': 'Destinatari dei dati'},
	en: {canton: 'Cantons', hospital: 'Hospitals', 'data-recipient': 'Data recipients'},
});
