import type {PopupTextKey} from '../popup-texts';
import type {Suggestion} from '../../wizard/classify';

/** The catalog key naming each suggestion / outcome. */
export const OUTCOME_TITLE_KEYS: Readonly<Record<Suggestion, PopupTextKey>> = {
	negligible: 'outcome_negligible',
	'private-email': 'outcome_private_email',
	'other-person': 'outcome_other_person',
	unsure: 'outcome_unsure',
};
