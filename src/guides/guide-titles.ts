import {defineCatalog} from '../shared/catalog';
import type {GuideId} from '../shared/guide-ids';

// Each guide's title, by guide id: the launcher in the portal and the popup's guide list both show it.
export const GUIDE_TITLES = defineCatalog<GuideId>({
	de: {
		'resend-code': 'Onboarding-Code erneut senden',
		'resend-from-list': 'Code oder Erinnerung direkt aus der Liste senden',
		'deactivate-user': 'Benutzer oder Profil deaktivieren',
		'create-user': 'Neuen Benutzer erfassen',
		'correct-email': 'E-Mail-Adresse korrigieren',
		'grant-role': 'Geschäftsrolle eines Benutzers ändern',
		'add-profile': 'Zweites Profil hinzufügen',
	},
	fr: {
		'resend-code': 'Renvoyer le code d’enregistrement',
		'resend-from-list': 'Envoyer un code ou un rappel depuis la liste',
		'deactivate-user': 'Désactiver un utilisateur ou un profil',
		'create-user': 'Créer un nouvel utilisateur',
		'correct-email': 'Corriger l’adresse électronique',
		'grant-role': 'Modifier le rôle d’entreprise d’un utilisateur',
		'add-profile': 'Ajouter un deuxième profil',
	},
	it: {
		'resend-code': 'Inviare di nuovo il codice di registrazione',
		'resend-from-list': 'Inviare codice o promemoria dall’elenco',
		'deactivate-user': 'Disattivare un utente o un profilo',
		'create-user': 'Registrare un nuovo utente',
		'correct-email': 'Correggere l’indirizzo e-mail',
		'grant-role': 'Modificare il ruolo aziendale di un utente',
		'add-profile': 'Aggiungere un secondo profilo',
	},
	en: {
		'resend-code': 'Resend the onboarding code',
		'resend-from-list': 'Send a code or reminder from the list',
		'deactivate-user': 'Deactivate a user or a profile',
		'create-user': 'Create a new user',
		'correct-email': 'Correct the e-mail address',
		'grant-role': 'Change a user’s business role',
		'add-profile': 'Add a second profile',
	},
});
