import type {Lang, Texts} from './lang';

/**
 * Texts of the replica that no screenshot shows, so labels.json cannot have them: the confirmations after an
 * action, the header, the sign-in and self-service pages. Invented in the portal's tone; `{placeholders}` are filled
 * with `fill()`. Tests import CONFIRMATIONS to check the confirmation a page shows.
 */
export const CONFIRMATIONS = {
	/** Completed page: "Onboarding-Code per E-Mail senden". */
	codeSent: {
		de: 'Der Onboarding-Code wurde per E-Mail an {email} gesendet.',
		fr: "Le code d'enregistrement a été envoyé par courriel à {email}.",
		it: 'Il codice di registrazione è stato inviato via e-mail a {email}.',
		en: 'The onboarding code has been sent by e-mail to {email}.',
	},
	/** Row menu of the user list: "Neuen Onboarding-Code per E-Mail senden". */
	newCodeSent: {
		de: 'Ein neuer Onboarding-Code wurde per E-Mail an {email} gesendet.',
		fr: "Un nouveau code d'enregistrement a été envoyé par courriel à {email}.",
		it: 'Un nuovo codice di registrazione è stato inviato via e-mail a {email}.',
		en: 'A new onboarding code has been sent by e-mail to {email}.',
	},
	/** Row menu: "Onboarding-Erinnerung senden". */
	reminderSent: {
		de: 'Die Onboarding-Erinnerung wurde per E-Mail an {email} gesendet.',
		fr: "Le rappel d'enregistrement a été envoyé par courriel à {email}.",
		it: 'Il promemoria per la registrazione è stato inviato via e-mail a {email}.',
		en: 'The onboarding reminder has been sent by e-mail to {email}.',
	},
	/** Row menu: "Benutzer deaktivieren". */
	userDeactivated: {
		de: 'Der Benutzer {name} wurde deaktiviert.',
		fr: "L'utilisateur {name} a été désactivé.",
		it: "L'utente {name} è stato disattivato.",
		en: 'The user {name} has been deactivated.',
	},
	/** Row menu: "Benutzer löschen/archivieren". */
	userArchived: {
		de: 'Der Benutzer {name} wurde zur Archivierung vorgemerkt.',
		fr: "L'utilisateur {name} a été marqué pour l'archivage.",
		it: "L'utente {name} è stato contrassegnato per l'archiviazione.",
		en: 'The user {name} has been marked for archiving.',
	},
	/** Row menu: "Onboarding zurücksetzen" (a new code goes out). */
	onboardingReset: {
		de: 'Das Onboarding von {name} wurde zurückgesetzt. Ein neuer Onboarding-Code wurde per E-Mail an {email} gesendet.',
		fr: "L'enregistrement de {name} a été réinitialisé. Un nouveau code d'enregistrement a été envoyé par courriel à {email}.",
		it: 'La registrazione di {name} è stata reimpostata. Un nuovo codice di registrazione è stato inviato via e-mail a {email}.',
		en: 'The onboarding of {name} has been reset. A new onboarding code has been sent by e-mail to {email}.',
	},
	/** Permissions page, profile menu: "Deaktivieren". */
	profileDeactivated: {
		de: 'Das Profil {profile} wurde deaktiviert.',
		fr: 'Le profil {profile} a été désactivé.',
		it: 'Il profilo {profile} è stato disattivato.',
		en: 'The profile {profile} has been deactivated.',
	},
	/** Permissions page, profile menu: "Profil archivieren". */
	profileArchived: {
		de: 'Das Profil {profile} wurde archiviert.',
		fr: 'Le profil {profile} a été archivé.',
		it: 'Il profilo {profile} è stato archiviato.',
		en: 'The profile {profile} has been archived.',
	},
	/** Create dialog: any save button. */
	userCreated: {
		de: 'Der Benutzer {name} wurde erstellt.',
		fr: "L'utilisateur {name} a été créé.",
		it: "L'utente {name} è stato creato.",
		en: 'The user {name} has been created.',
	},
	/** Edit dialog (pencil): any save button. */
	userSaved: {
		de: 'Die Daten von {name} wurden gespeichert.',
		fr: 'Les données de {name} ont été enregistrées.',
		it: 'I dati di {name} sono stati salvati.',
		en: 'The data of {name} have been saved.',
	},
	/** Overview: "Benachrichtigungs-E-Mail senden". */
	notificationSent: {
		de: 'Die Benachrichtigungs-E-Mail wurde an {email} gesendet.',
		fr: 'Le courriel de notification a été envoyé à {email}.',
		it: "L'e-mail di notifica è stata inviata a {email}.",
		en: 'The notification e-mail has been sent to {email}.',
	},
} as const satisfies Record<string, Texts>;

export type ConfirmationKey = keyof typeof CONFIRMATIONS;

/** Everything else the replica says that labels.json does not cover. */
export const TEXTS = {
	appTitle: {
		de: 'eIAM Administration',
		fr: 'eIAM Administration',
		it: 'eIAM Amministrazione',
		en: 'eIAM Administration',
	},
	federalLogo: {
		de: 'Schweizerische Eidgenossenschaft',
		fr: 'Confédération suisse',
		it: 'Confederazione Svizzera',
		en: 'Swiss Confederation',
	},
	languageName: {de: 'Deutsch', fr: 'Français', it: 'Italiano', en: 'English'},
	signOut: {de: 'Abmelden', fr: 'Se déconnecter', it: 'Disconnettersi', en: 'Sign out'},
	loading: {de: 'Wird geladen …', fr: 'Chargement …', it: 'Caricamento …', en: 'Loading …'},
	closeNotification: {
		de: 'Meldung ausblenden',
		fr: 'Masquer le message',
		it: 'Nascondi il messaggio',
		en: 'Dismiss message',
	},
	// Names of icon-only buttons, given only with the `iconlabels=1` scenario flag (the portal's are unknown).
	iconEdit: {de: 'Bearbeiten', fr: 'Modifier', it: 'Modifica', en: 'Edit'},
	iconDetails: {de: 'Details', fr: 'Détails', it: 'Dettagli', en: 'Details'},
	iconMoreActions: {de: 'Weitere Aktionen', fr: 'Autres actions', it: 'Altre azioni', en: 'More actions'},
	iconEditProfile: {de: 'Profil bearbeiten', fr: 'Modifier le profil', it: 'Modifica il profilo', en: 'Edit profile'},
	iconMoreProfileActions: {
		de: 'Weitere Profilaktionen',
		fr: 'Autres actions du profil',
		it: 'Altre azioni del profilo',
		en: 'More profile actions',
	},
	iconRemove: {de: 'Entfernen', fr: 'Supprimer', it: 'Rimuovi', en: 'Remove'},
	iconCalendar: {de: 'Kalender öffnen', fr: 'Ouvrir le calendrier', it: 'Apri il calendario', en: 'Open calendar'},
	editUserTitle: {
		de: 'Benutzerdaten bearbeiten',
		fr: "Modifier les données de l'utilisateur",
		it: "Modifica i dati dell'utente",
		en: 'Edit user data',
	},
	showUserTitle: {
		de: 'Benutzerdaten anzeigen',
		fr: "Afficher les données de l'utilisateur",
		it: "Visualizza i dati dell'utente",
		en: 'Show user data',
	},
	collapseColumn: {
		de: 'Spalte ein-/ausblenden',
		fr: 'Afficher/masquer la colonne',
		it: 'Mostra/nascondi la colonna',
		en: 'Show/hide column',
	},
	// Sign-in page (CH-LOGIN look-alike, served by respond.ts under /portal/login).
	loginTitle: {de: 'Anmelden', fr: 'Connexion', it: 'Accesso', en: 'Sign in'},
	loginIntro: {
		de: 'Melden Sie sich mit Ihrem CH-LOGIN an, um fortzufahren.',
		fr: 'Connectez-vous avec votre CH-LOGIN pour continuer.',
		it: 'Acceda con il suo CH-LOGIN per proseguire.',
		en: 'Sign in with your CH-LOGIN to continue.',
	},
	loginEmail: {de: 'E-Mail', fr: 'E-mail', it: 'E-mail', en: 'E-mail'},
	loginButton: {de: 'Anmelden', fr: 'Se connecter', it: 'Accedi', en: 'Sign in'},
	// Self-service (myaccount) page: not the admin portal, the extension stays away from it.
	selfAdminTitle: {de: 'Mein Konto', fr: 'Mon compte', it: 'Il mio conto', en: 'My account'},
	selfAdminOnboarding: {
		de: 'Registrierung abschliessen',
		fr: "Terminer l'inscription",
		it: "Completare l'iscrizione",
		en: 'Complete your registration',
	},
	selfAdminIntro: {
		de: 'Geben Sie den Code ein, den Sie per E-Mail erhalten haben.',
		fr: 'Saisissez le code que vous avez reçu par courriel.',
		it: 'Inserisca il codice ricevuto per e-mail.',
		en: 'Enter the code you received by e-mail.',
	},
	selfAdminCode: {de: 'Code', fr: 'Code', it: 'Codice', en: 'Code'},
	selfAdminSubmit: {de: 'Code prüfen', fr: 'Vérifier le code', it: 'Verifica il codice', en: 'Check code'},
	notFound: {
		de: 'Diese Seite gibt es nicht.',
		fr: "Cette page n'existe pas.",
		it: 'Questa pagina non esiste.',
		en: 'This page does not exist.',
	},
} as const satisfies Record<string, Texts>;

export type TextKey = keyof typeof TEXTS;

export function text(lang: Lang, key: TextKey): string {
	return TEXTS[key][lang];
}

/** Country names for the create-user select (the screenshots only show the placeholder). */
export const COUNTRIES: readonly {code: string; name: Texts}[] = [
	{code: 'CH', name: {de: 'Schweiz', fr: 'Suisse', it: 'Svizzera', en: 'Switzerland'}},
	{code: 'LI', name: {de: 'Liechtenstein', fr: 'Liechtenstein', it: 'Liechtenstein', en: 'Liechtenstein'}},
	{code: 'DE', name: {de: 'Deutschland', fr: 'Allemagne', it: 'Germania', en: 'Germany'}},
	{code: 'FR', name: {de: 'Frankreich', fr: 'France', it: 'Francia', en: 'France'}},
	{code: 'IT', name: {de: 'Italien', fr: 'Italie', it: 'Italia', en: 'Italy'}},
	{code: 'AT', name: {de: 'Österreich', fr: 'Autriche', it: 'Austria', en: 'Austria'}},
];
