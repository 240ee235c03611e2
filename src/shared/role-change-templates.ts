import type {Lang} from './lang';

/**
 * Justification templates for a change of business roles (grant-role, add-profile), offered on the overview like the
 * reason templates of shared/justification-templates.ts: in the portal's language (the portal stores the text),
 * what was done and why, without personal data.
 */
export const ROLE_CHANGE_TEMPLATES: Readonly<Record<Lang, readonly {id: string; text: string}[]>> = {
	de: [
		{
			id: 'de-role-change-1',
			text: 'Geschäftsrolle auf Anfrage der Institution an die neuen Aufgaben der Person angepasst.',
		},
		{
			id: 'de-role-change-2',
			text: 'Zusätzliche Geschäftsrolle erteilt, da die Person neue Aufgaben in SpiGes übernimmt.',
		},
		{
			id: 'de-role-change-3',
			text: 'Zweites Profil für eine Rolle einer anderen Kategorie erfasst (Rollen verschiedener Kategorien gehören in verschiedene Profile).',
		},
	],
	fr: [
		{
			id: 'fr-role-change-1',
			text: 'Rôle d’entreprise adapté aux nouvelles tâches de la personne, à la demande de l’institution.',
		},
		{
			id: 'fr-role-change-2',
			text: 'Rôle d’entreprise supplémentaire accordé, la personne reprenant de nouvelles tâches dans SpiGes.',
		},
		{
			id: 'fr-role-change-3',
			text: 'Deuxième profil créé pour un rôle d’une autre catégorie (les rôles de catégories différentes vont dans des profils différents).',
		},
	],
	it: [
		{
			id: 'it-role-change-1',
			text: 'Ruolo aziendale adeguato ai nuovi compiti della persona, su richiesta dell’istituzione.',
		},
		{
			id: 'it-role-change-2',
			text: 'Assegnato un ruolo aziendale supplementare, poiché la persona assume nuovi compiti in SpiGes.',
		},
		{
			id: 'it-role-change-3',
			text: 'Creato un secondo profilo per un ruolo di un’altra categoria (ruoli di categorie diverse vanno in profili diversi).',
		},
	],
	en: [
		{id: 'en-role-change-1', text: 'Business role adapted to the person’s new tasks at the institution’s request.'},
		{id: 'en-role-change-2', text: 'Additional business role granted: the person takes on new tasks in SpiGes.'},
		{
			id: 'en-role-change-3',
			text: 'Second profile created for a role of another category (roles of different categories belong in different profiles).',
		},
	],
};
