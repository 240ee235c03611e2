import type {Lang} from '../shared/lang';
import type {LabelKey} from '../shared/target';
import type {LabelVariants} from './label-keys';

export type {LabelVariants} from './label-keys';
export {entryKeys, entryKeysIn, labelIn, matchesLabel} from './label-keys';

/**
 * What the portal writes, per language: the first entry exactly as the portal shows it (guides quote it), further
 * entries are variants a real portal may render for the same control (hyphen or space, `Schliessen`/`Schließen`,
 * with or without the trailing period seen in IT). Case, accents, whitespace, nbsp, apostrophe shape and a
 * trailing `.`/`:` are folded away by `matchKey`, so they need no variants.
 * Source: shared/portal/labels.json (copied to test/replica/labels.json; `test/unit/portal/labels.test.ts` checks
 * that every de/fr/it string there is covered). `en` is our proposal (`en_proposed`): no English screenshot exists.
 *
 * This file is the data, for the background, the options page and the tests. The content script does not import
 * it (issue #14, size): the background sends a portal page the whole table once (`bg:page-labels`), and the
 * page's modules read it from label-table.ts.
 */

/** Labels of the controls guides point at (`src/shared/target.ts`); the compiler checks that every key exists. */
export const LABELS: Readonly<Record<LabelKey, LabelVariants>> = {
	// Main navigation (labels.json home.*)
	userManagement: {
		de: ['Benutzermanagement', 'Benutzer-Management'],
		fr: ['Gestion des utilisateurs'],
		it: ['Gestione degli utenti'],
		en: ['User management'],
	},
	delegatedManagement: {
		de: ['Delegiertes Management'],
		fr: ['Gestion déléguée'],
		it: ['Gestione delegata'],
		en: ['Delegated management'],
	},
	// The primary "next" button of unitSelection, userSelection, permissions and the terms of use.
	continue: {de: ['Weiter'], fr: ['Continuer'], it: ['Avanti'], en: ['Continue', 'Next']},
	backToUnits: {
		de: ['Zurück zur Unit-Auswahl', 'Zurück zur Unit Auswahl'],
		fr: ["Revenir à la sélection de l'unité", "Retour à la sélection de l'unité"],
		it: ["Torna alla selezione dell'unità"],
		en: ['Back to unit selection'],
	},
	backToUsers: {
		de: ['Zurück zur Benutzerauswahl'],
		fr: ["Retour à la sélection de l'utilisateur", "Revenir à la sélection de l'utilisateur"],
		it: ['Torna alla selezione utente'],
		en: ['Back to user selection'],
	},
	backToPermissions: {
		de: ['Zurück zu Berechtigungen erteilen'],
		fr: ['Revenir à la gestion des autorisations'],
		it: ['Torna alle autorizzazioni assegnate'],
		en: ['Back to grant permissions'],
	},
	personSelector: {
		de: ['Personenauswahl'],
		fr: ['Sélecteur de personnes'],
		it: ['Selezione Utenti'],
		en: ['Person selector'],
	},
	// The list button says "Aggiungi un nuovo utente", the dialog title "Aggiungi nuovo utente" (labels.json).
	addUser: {
		de: ['Neuen Benutzer hinzufügen'],
		fr: ['Ajouter un nouvel utilisateur'],
		it: ['Aggiungi un nuovo utente', 'Aggiungi nuovo utente'],
		en: ['Add new user'],
	},
	// Row menu of the user list (labels.json userSelection.menu*)
	deleteArchiveUser: {
		de: ['Benutzer löschen/archivieren', 'Benutzer löschen / archivieren'],
		fr: ["Supprimer / archiver l'utilisateur", "Supprimer/archiver l'utilisateur"],
		it: ["Cancella/archivia l'utente", "Cancella / archivia l'utente"],
		en: ['Delete/archive user', 'Delete / archive user'],
	},
	deactivateUser: {
		de: ['Benutzer deaktivieren'],
		fr: ["Désactiver l'utilisateur"],
		it: ["Disattiva l'utente"],
		en: ['Deactivate user'],
	},
	sendOnboardingReminder: {
		de: ['Onboarding-Erinnerung senden', 'Onboarding Erinnerung senden'],
		fr: ["Envoyer un rappel d'enregistrement"],
		it: ['Invia un promemoria per la registrazione'],
		en: ['Send onboarding reminder'],
	},
	sendNewOnboardingCode: {
		de: ['Neuen Onboarding-Code per E-Mail senden', 'Neuen Onboarding-Code per E-Mail versenden'],
		fr: ["Envoyez le nouveau code d'onboarding par courriel", "Envoyer le nouveau code d'onboarding par courriel"],
		it: [
			'Inviare il nuovo codice di registrazione via e-mail.',
			'Invia il nuovo codice di registrazione via e-mail',
		],
		en: ['Send new onboarding code by e-mail', 'Send new onboarding code by email'],
	},
	// TODO [2026-12-31]: IT never seen (labels.json it: null); replace the guess once a screenshot shows it.
	resetOnboarding: {
		de: ['Onboarding zurücksetzen'],
		fr: ["Rétablissement de l'onboarding"],
		it: ["Reimposta l'onboarding", 'Reimposta la registrazione'],
		en: ['Reset onboarding'],
	},
	// Create/edit user dialog (labels.json createUser.*)
	cancel: {de: ['Abbrechen'], fr: ['Annuler'], it: ['Annulla'], en: ['Cancel']},
	saveAndCreateAnother: {
		de: ['Speichern und weitere erstellen'],
		fr: ['Enregistrer et créer un nouvel'],
		it: ['Salva e creane un altro'],
		en: ['Save and create another'],
	},
	saveAndBackToList: {
		de: ['Speichern und zurück zur Liste'],
		fr: ['Enregistrer et revenir à la liste'],
		it: ['Salva e torna alla lista'],
		en: ['Save and return to list', 'Save and back to list'],
	},
	saveAndContinue: {
		de: ['Speichern und fortfahren'],
		fr: ['Enregistrer et continuer'],
		it: ['Salva e continua'],
		en: ['Save and continue'],
	},
	firstName: {de: ['Vorname'], fr: ['Prénom'], it: ['Nome'], en: ['First name']},
	lastName: {de: ['Nachname'], fr: ['Nom de famille', 'Nom'], it: ['Cognome'], en: ['Last name']},
	// The dialog says "E-Mail-Adresse", the user list header "E-Mail Adresse" (labels.json colEmail note).
	email: {
		de: ['E-Mail-Adresse', 'E-Mail Adresse', 'E-Mail'],
		fr: ['Adresse électronique', 'Adresse e-mail'],
		it: ['Indirizzo e-mail', 'Indirizzo email'],
		en: ['E-mail address', 'Email address'],
	},
	// Permissions (labels.json permissions.*)
	addProfile: {
		de: ['Neues Profil hinzufügen'],
		fr: ['Ajouter un nouveau profil'],
		it: ['Aggiungere un nuovo profilo'],
		en: ['Add new profile'],
	},
	archiveProfile: {
		de: ['Profil archivieren'],
		fr: ['Archiver le profil'],
		it: ['Archiviare il profilo'],
		en: ['Archive profile'],
	},
	deactivateProfile: {de: ['Deaktivieren'], fr: ['Désactiver'], it: ['Disattiva'], en: ['Deactivate']},
	tabGrant: {
		de: ['Berechtigungen erteilen'],
		fr: ['Accorder des autorisations'],
		it: ['Assegnare autorizzazioni'],
		en: ['Grant permissions'],
	},
	tabGrantDelegated: {
		de: ['Erteilen von Berechtigungen für delegiertes Management'],
		fr: ['Accorder des autorisations de gestion déléguée'],
		it: ['Assegnare autorizzazioni per la gestione delegata'],
		en: ['Grant permissions for delegated management'],
	},
	grant: {de: ['Berechtigen'], fr: ['Accorder'], it: ['Assegnare'], en: ['Grant']},
	// Overview (labels.json overview.*). The link's leading space is a rendering artefact; matchKey trims it.
	showMore: {de: ['Mehr anzeigen'], fr: ['Afficher plus'], it: ['Mostra di più'], en: ['Show more']},
	justification: {
		de: ['Begründung für Berechtigung (Nachvollziehbarkeit)'],
		fr: ["Justification de l'autorisation (traçabilité)"],
		it: ["Motivazione dell'autorizzazione (rintracciabilità)"],
		en: ['Reason for authorisation (traceability)', 'Reason for authorization (traceability)'],
	},
	startOnboardingManually: {
		de: ['Onboarding manuell starten'],
		fr: ["Commencer manuellement l'enregistrement"],
		it: ['Avvia il processo di registrazione manualmente'],
		en: ['Start onboarding manually'],
	},
	sendNotificationEmail: {
		de: ['Benachrichtigungs-E-Mail senden'],
		fr: ['Envoyer un courriel de notification'],
		it: ['Invia e-mail di notifica'],
		en: ['Send notification e-mail', 'Send notification email'],
	},
	// Completed (labels.json completed.*)
	manageOtherUsers: {
		de: ['Andere Benutzer verwalten'],
		fr: ["Gérer d'autres utilisateurs"],
		it: ['Gestire altri utenti'],
		en: ['Manage other users'],
	},
	print: {de: ['Drucken'], fr: ['Imprimer'], it: ['Stampa'], en: ['Print']},
	sendOnboardingCode: {
		de: ['Onboarding-Code per E-Mail senden'],
		fr: ["Envoyez le code d'onboarding par courriel", "Envoyer le code d'onboarding par courriel"],
		it: ['Inviare il codice di registrazione via e-mail.', 'Invia il codice di registrazione via e-mail'],
		en: ['Send onboarding code by e-mail', 'Send onboarding code by email'],
	},
	close: {de: ['Schliessen', 'Schließen'], fr: ['Fermer'], it: ['Chiudi'], en: ['Close']},
};

/**
 * Texts that identify a page or a piece of data but are not guide targets: page titles, column headers, field
 * labels of the completed card, status words, and names icon-only buttons may carry as `aria-label`/`title`.
 */
export const PAGE_LABELS = {
	navHome: {de: ['Home'], fr: ["Page d'accueil"], it: ['Pagina principale'], en: ['Home']},
	// Home starts with this word, in DE followed by the user's name ("Willkommen Amandine Cécile Favre").
	welcome: {de: ['Willkommen'], fr: ['Bienvenue'], it: ['Le diamo il benvenuto', 'Benvenuto'], en: ['Welcome']},
	titleUnitSelection: {
		de: ['Unit Auswahl', 'Unit-Auswahl'],
		fr: ["Sélectionner l'unité"],
		it: ["Selezione dell'unità"],
		en: ['Unit selection'],
	},
	titleUserSelection: {
		de: ['Benutzerauswahl'],
		fr: ['Sélectionner un utilisateur'],
		it: ['Selezione utente'],
		en: ['User selection'],
	},
	// The dialog's title is the list button's label (IT drops the "un": both are variants of addUser).
	titleCreateUser: LABELS.addUser,
	titlePermissions: {
		de: ['Berechtigungen managen'],
		fr: ['Gérer les autorisations'],
		it: ['Gestire le autorizzazioni'],
		en: ['Manage permissions'],
	},
	titleOverview: {de: ['Übersicht'], fr: ['Aperçu'], it: ['Panoramica'], en: ['Overview']},
	titleCompleted: {
		de: ['Management-Arbeiten abgeschlossen'],
		fr: ['Tâches administratives effectuées'],
		it: ['Operazioni di gestione completate'],
		en: ['Management tasks completed'],
	},
	// Column headers. FR "ID utilisateur" is both the user list's ExtID and the summary's Benutzer-ID: the user
	// list is recognised by its status columns, never by the id column alone. Names and e-mail are the dialog's
	// field labels (LABELS); the completed card's "Nachname:" is the same text, its colon folded away.
	colUnit: {de: ['Unit'], fr: ['Unité'], it: ['Unità'], en: ['Unit']},
	colUnitId: {de: ['Unit ID', 'Unit-ID'], fr: ["Identifiant de l'unité"], it: ['ID unità'], en: ['Unit ID']},
	colClient: {de: ['Mandant'], fr: ['Client'], it: ['Cliente'], en: ['Client']},
	colExtId: {de: ['ExtID', 'Ext. ID'], fr: ['ID utilisateur'], it: ['IDext'], en: ['Ext. ID', 'ExtID']},
	colFirstName: LABELS.firstName,
	colLastName: LABELS.lastName,
	colEmail: LABELS.email,
	colUserId: {
		de: ['Benutzer-ID'],
		fr: ['ID utilisateur', "Identifiant de l'utilisateur"],
		it: ['ID utente'],
		en: ['User ID'],
	},
	colUserStatus: {
		de: ['Benutzerstatus'],
		fr: ["Statut de l'utilisateur"],
		it: ['Stato utente'],
		en: ['User status'],
	},
	colOnboardingStatus: {
		de: ['Onboardingstatus'],
		fr: ["Statut de l'enregistrement"],
		it: ['Stato della registrazione'],
		en: ['Onboarding status'],
	},
	colActions: {de: ['Aktionen'], fr: ['Actions'], it: ['Azioni'], en: ['Actions']},
	// The permissions page's business-role list and granted-permissions table (labels.json permissions.*).
	businessRoles: {
		de: ['Geschäftsrollen'],
		fr: ["Rôles d'entreprise"],
		it: ['Ruoli aziendali'],
		en: ['Business roles'],
	},
	colGranted: {de: ['Gewährt'], fr: ['Attribué'], it: ['Assegnato'], en: ['Granted']},
	colRole: {de: ['Rolle'], fr: ['Rôle'], it: ['Ruolo'], en: ['Role']},
	colAttribute: {de: ['Attribut'], fr: ['Attribut'], it: ['Attributo'], en: ['Attribute']},
	// The completed page's own notices (labels.json completed.successText, infoText): they come with the page.
	noticeSaved: {
		de: ['Ihre Management-Arbeit wurde erfolgreich gespeichert'],
		fr: ['Vos tâches administratives ont été enregistrées avec succès'],
		it: ['Le operazioni di gestione sono state salvate'],
		en: ['Your management tasks have been saved successfully'],
	},
	noticeDataSaved: {
		de: ['Sie haben die Daten gerade gespeichert'],
		fr: ['Vous avez enregistré les données'],
		it: ['I dati sono appena stati salvati'],
		en: ['You have just saved the data'],
	},
	fieldOnboardingCode: {
		de: ['Onboarding-Code'],
		fr: ["Code d'enregistrement"],
		it: ['Codice di registrazione'],
		en: ['Onboarding code'],
	},
	// Status words of the user list (labels.json userSelection.*Status*; IT inactive/to-archive never seen).
	statusActive: {de: ['Aktiv'], fr: ['Actif'], it: ['Attivo'], en: ['Active']},
	statusInactive: {de: ['Inaktiv'], fr: ['Inactif'], it: ['Inattivo'], en: ['Inactive']},
	statusToArchive: {de: ['Zu archivieren'], fr: ['À archiver'], it: ['Da archiviare'], en: ['To be archived']},
	onboardingPending: {de: ['Laufend'], fr: ['En cours'], it: ['In corso'], en: ['In progress', 'Pending']},
	onboardingCompleted: {de: ['Abgeschlossen'], fr: ['Terminé'], it: ['Completata'], en: ['Completed']},
	// Possible accessible names of the icon-only row/profile buttons. Unobserved (labels.json has none); they only
	// add precision when the portal provides them, the icon and the position decide otherwise.
	actionEdit: {de: ['Bearbeiten'], fr: ['Modifier'], it: ['Modifica'], en: ['Edit']},
	actionInfo: {de: ['Details'], fr: ['Détails'], it: ['Dettagli'], en: ['Details']},
	actionMenu: {
		de: ['Weitere Aktionen', 'Aktionen'],
		fr: ["Plus d'actions", 'Actions'],
		it: ['Altre azioni', 'Azioni'],
		en: ['More actions', 'Actions'],
	},
} as const satisfies Record<string, LabelVariants>;

export type PageLabelKey = keyof typeof PAGE_LABELS;

/** The label as the portal shows it in `lang`, for quoting it to the user ("click *Weiter*"). */
export function labelText(key: LabelKey, lang: Lang): string {
	return LABELS[key][lang][0];
}
