import type {Lang} from './lang';

/**
 * Justification templates: texts for the portal's mandatory field «Begründung für Berechtigung
 * (Nachvollziehbarkeit)» on the overview page (shared/DESIGN.md). The portal keeps the text for traceability, so
 * a template says what was done and why, in one or two sentences, without personal data.
 * Reasons follow the handbook's support jobs: the code expired (older than a month), the e-mail address was
 * wrong, or anything else.
 */
export const TEMPLATE_REASONS = ['code-expired', 'wrong-email', 'other'] as const;
export type TemplateReason = (typeof TEMPLATE_REASONS)[number];

/** Long enough for a paragraph, short enough that four languages of them fit the sync storage quota. */
export const TEMPLATE_TEXT_MAX = 1000;

/** A template (schema: justification-template-schema.ts). `id`: `<lang>-<reason>-<n>` for built-ins, a UUID for the user's own. */
export type JustificationTemplate = {id: string; reason: TemplateReason; text: string};

const NBSP = '\u00A0'; // French punctuation: a no-break space before «:» and «;» (as in src/wizard/mail-templates.ts)

/** The templates that ship with the extension. The portal's own words: FR «code d'onboarding», IT «codice di registrazione». */
export const BUILT_IN_TEMPLATES: Readonly<Record<Lang, readonly JustificationTemplate[]>> = {
	de: [
		{
			id: 'de-code-expired-1',
			reason: 'code-expired',
			text: 'Onboarding-Code erneut gesendet: Der bisherige Code ist älter als einen Monat und abgelaufen.',
		},
		{
			id: 'de-code-expired-2',
			reason: 'code-expired',
			text: 'Neuer Onboarding-Code auf Anfrage der Person: Der erste Code wurde nicht rechtzeitig eingelöst und ist abgelaufen.',
		},
		{
			id: 'de-code-expired-3',
			reason: 'code-expired',
			text: 'Registrierung nicht innert eines Monats abgeschlossen; Onboarding-Code neu ausgestellt, damit die Person ihren SpiGes-Zugang aktivieren kann.',
		},
		{
			id: 'de-wrong-email-1',
			reason: 'wrong-email',
			text: 'E-Mail-Adresse korrigiert und Onboarding-Code an die richtige Adresse gesendet.',
		},
		{
			id: 'de-wrong-email-2',
			reason: 'wrong-email',
			text: 'Tippfehler in der E-Mail-Adresse behoben; der erste Onboarding-Code ging an eine falsche Adresse und wurde neu gesendet.',
		},
		{
			id: 'de-wrong-email-3',
			reason: 'wrong-email',
			text: 'Private E-Mail-Adresse durch die geschäftliche Adresse ersetzt, wie für SpiGes verlangt; neuer Onboarding-Code gesendet.',
		},
		{
			id: 'de-other-1',
			reason: 'other',
			text: 'Zugang für die SpiGes-Datenlieferung gemäss Meldung des Spitals erteilt.',
		},
		{
			id: 'de-other-2',
			reason: 'other',
			text: 'Berechtigungen an die neue Funktion der Person im Spital angepasst, gemäss Meldung des Spitals.',
		},
	],
	fr: [
		{
			id: 'fr-code-expired-1',
			reason: 'code-expired',
			text: `Code d’onboarding renvoyé${NBSP}: l’ancien code date de plus d’un mois et a expiré.`,
		},
		{
			id: 'fr-code-expired-2',
			reason: 'code-expired',
			text: `Nouveau code d’onboarding à la demande de la personne${NBSP}: le premier code n’a pas été utilisé à temps et a expiré.`,
		},
		{
			id: 'fr-code-expired-3',
			reason: 'code-expired',
			text: `Enregistrement non terminé dans le délai d’un mois${NBSP}; nouveau code d’onboarding émis pour que la personne puisse activer son accès SpiGes.`,
		},
		{
			id: 'fr-wrong-email-1',
			reason: 'wrong-email',
			text: 'Adresse e-mail corrigée et code d’onboarding envoyé à la bonne adresse.',
		},
		{
			id: 'fr-wrong-email-2',
			reason: 'wrong-email',
			text: `Faute de frappe corrigée dans l’adresse e-mail${NBSP}; le premier code d’onboarding avait été envoyé à une adresse erronée et a été renvoyé.`,
		},
		{
			id: 'fr-wrong-email-3',
			reason: 'wrong-email',
			text: `Adresse e-mail privée remplacée par l’adresse professionnelle, comme l’exige SpiGes${NBSP}; nouveau code d’onboarding envoyé.`,
		},
		{
			id: 'fr-other-1',
			reason: 'other',
			text: 'Accès accordé pour la livraison des données SpiGes, selon l’annonce de l’hôpital.',
		},
		{
			id: 'fr-other-2',
			reason: 'other',
			text: 'Autorisations adaptées à la nouvelle fonction de la personne à l’hôpital, selon l’annonce de l’hôpital.',
		},
	],
	it: [
		{
			id: 'it-code-expired-1',
			reason: 'code-expired',
			text: 'Codice di registrazione inviato di nuovo: il codice precedente aveva più di un mese ed era scaduto.',
		},
		{
			id: 'it-code-expired-2',
			reason: 'code-expired',
			text: 'Nuovo codice di registrazione su richiesta della persona: il primo codice non è stato utilizzato in tempo ed è scaduto.',
		},
		{
			id: 'it-code-expired-3',
			reason: 'code-expired',
			text: 'Registrazione non conclusa entro un mese; nuovo codice di registrazione emesso affinché la persona possa attivare il suo accesso SpiGes.',
		},
		{
			id: 'it-wrong-email-1',
			reason: 'wrong-email',
			text: 'Indirizzo e-mail corretto e codice di registrazione inviato all’indirizzo giusto.',
		},
		{
			id: 'it-wrong-email-2',
			reason: 'wrong-email',
			text: 'Corretto un errore di battitura nell’indirizzo e-mail; il primo codice di registrazione era stato inviato a un indirizzo sbagliato ed è stato inviato di nuovo.',
		},
		{
			id: 'it-wrong-email-3',
			reason: 'wrong-email',
			text: 'Indirizzo e-mail privato sostituito con quello professionale, come richiesto da SpiGes; inviato un nuovo codice di registrazione.',
		},
		{
			id: 'it-other-1',
			reason: 'other',
			text: 'Accesso concesso per la fornitura dei dati SpiGes, secondo la notifica dell’ospedale.',
		},
		{
			id: 'it-other-2',
			reason: 'other',
			text: 'Autorizzazioni adeguate alla nuova funzione della persona nell’ospedale, secondo la notifica dell’ospedale.',
		},
	],
	en: [
		{
			id: 'en-code-expired-1',
			reason: 'code-expired',
			text: 'Onboarding code sent again: the previous code was older than one month and had expired.',
		},
		{
			id: 'en-code-expired-2',
			reason: 'code-expired',
			text: 'New onboarding code at the person’s request: the first code was not used in time and expired.',
		},
		{
			id: 'en-code-expired-3',
			reason: 'code-expired',
			text: 'Registration not completed within one month; new onboarding code issued so the person can activate their SpiGes access.',
		},
		{
			id: 'en-wrong-email-1',
			reason: 'wrong-email',
			text: 'E-mail address corrected and onboarding code sent to the correct address.',
		},
		{
			id: 'en-wrong-email-2',
			reason: 'wrong-email',
			text: 'Typo in the e-mail address fixed; the first onboarding code had gone to a wrong address and was sent again.',
		},
		{
			id: 'en-wrong-email-3',
			reason: 'wrong-email',
			text: 'Private e-mail address replaced with the professional one, as SpiGes requires; new onboarding code sent.',
		},
		{
			id: 'en-other-1',
			reason: 'other',
			text: 'Access granted for the SpiGes data delivery, as reported by the hospital.',
		},
		{
			id: 'en-other-2',
			reason: 'other',
			text: 'Permissions adjusted to the person’s new role at the hospital, as reported by the hospital.',
		},
	],
};
