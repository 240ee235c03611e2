import {defineCatalog, type TextKey} from '../shared/catalog';

/*
 * The panel's words about business roles (grant-role, add-profile): the chosen role, the list of explanations, and
 * the handbook's rule that roles of different categories belong in different profiles. `$2`/`$3` are category names
 * (src/spiges/role-category-names.ts), `$4` the portal's own label of «Neues Profil hinzufügen».
 */
export const ROLE_TEXTS = defineCatalog({
	de: {
		role_chosen: 'Gewählt: $1',
		roles_explained: 'Die Rollen kurz erklärt',
		warning_other_category:
			'«$1» ist eine Rolle für «$2», dieses Profil hat schon Rollen für «$3». Rollen verschiedener Kategorien gehören in verschiedene Profile: Wählen Sie eine Rolle für «$3» oder fügen Sie mit «$4» ein zweites Profil hinzu.',
	},
	fr: {
		role_chosen: 'Choisi\u00A0: $1',
		roles_explained: 'Les rôles en bref',
		warning_other_category:
			'«\u00A0$1\u00A0» est un rôle pour «\u00A0$2\u00A0», ce profil a déjà des rôles pour «\u00A0$3\u00A0». Les rôles de catégories différentes vont dans des profils différents\u00A0: choisissez un rôle pour «\u00A0$3\u00A0» ou ajoutez un deuxième profil avec «\u00A0$4\u00A0».',
	},
	it: {
		role_chosen: 'Scelto: $1',
		roles_explained: 'I ruoli in breve',
		warning_other_category:
			'«$1» è un ruolo per «$2», questo profilo ha già ruoli per «$3». Ruoli di categorie diverse vanno in profili diversi: scelga un ruolo per «$3» o aggiunga un secondo profilo con «$4».',
	},
	en: {
		role_chosen: 'Chosen: $1',
		roles_explained: 'The roles in brief',
		warning_other_category:
			'“$1” is a role for “$2”, but this profile already has roles for “$3”. Roles of different categories belong in different profiles: choose a role for “$3”, or add a second profile with “$4”.',
	},
});

export type RoleTextKey = TextKey<typeof ROLE_TEXTS>;
