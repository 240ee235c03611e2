import {defineCatalog, type Catalog} from '../shared/catalog';
import type {ReviewFlag} from './review-flags';

/*
 * The access review's own words in the CSV: a column per flag, the mark for a flag that applies, and the word for a
 * status the portal showed but we could not read. Column headers of the portal's own columns (ExtID, names, status)
 * and its status words come from src/portal/labels.ts, so the file speaks like the list the superuser saw.
 */
export type ReviewTextKey = `flag_${ReviewFlag}` | 'flag_applies' | 'status_unknown';

export const REVIEW_TEXTS: Catalog<ReviewTextKey> = defineCatalog<ReviewTextKey>({
	de: {
		'flag_private-email': 'Private E-Mail-Adresse',
		'flag_onboarding-pending': 'Onboarding laufend',
		flag_inactive: 'Inaktiv',
		'flag_to-archive': 'Zu archivieren',
		flag_applies: 'ja',
		status_unknown: 'unbekannt',
	},
	fr: {
		'flag_private-email': 'Adresse électronique privée',
		'flag_onboarding-pending': 'Enregistrement en cours',
		flag_inactive: 'Inactif',
		'flag_to-archive': 'À archiver',
		flag_applies: 'oui',
		status_unknown: 'inconnu',
	},
	it: {
		'flag_private-email': 'Indirizzo e-mail privato',
		'flag_onboarding-pending': 'Registrazione in corso',
		flag_inactive: 'Inattivo',
		'flag_to-archive': 'Da archiviare',
		flag_applies: 'sì',
		status_unknown: 'sconosciuto',
	},
	en: {
		'flag_private-email': 'Private e-mail address',
		'flag_onboarding-pending': 'Onboarding in progress',
		flag_inactive: 'Inactive',
		'flag_to-archive': 'To be archived',
		flag_applies: 'yes',
		status_unknown: 'unknown',
	},
});
