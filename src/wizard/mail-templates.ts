import {defineCatalog, type TextKey} from '../shared/catalog';

/*
 * Texts of the two e-mails the wizard prepares (compose-mail.ts puts them together):
 * - escalation: to SpiGes (BFS) when another person registered — handbook: deactivate, then report immediately;
 * - contact: to a person who registered with a private address, asking them to register again with the
 *   professional one (codes expire after one month, hence the hint).
 * Labels carry their value as `$1` so each language places its own colon (French: no-break space before ":").
 * Swiss German: ss, never ß.
 */
export const mailTemplates = defineCatalog({
	de: {
		greeting: 'Guten Tag',
		'greeting-name': 'Guten Tag $1',
		closing: 'Freundliche Grüsse',
		date: '$3.$2.$1',
		'escalation-subject': 'eIAM: andere Person registriert',
		'escalation-subject-user-id': 'eIAM: andere Person registriert – Benutzer-ID $1',
		'escalation-intro':
			'Im eIAM hat sich eine andere Person registriert als die Person, für die ich das Profil erfasst habe. Ich habe das Profil deaktiviert und melde den Fall gemäss Handbuch.',
		'escalation-request': 'Bitte prüfen Sie den Fall und melden Sie sich, falls Sie weitere Angaben brauchen.',
		'user-id': 'Benutzer-ID: $1',
		'mail-date': 'E-Mail von eIAM vom: $1',
		canton: 'Kanton: $1',
		'entered-heading': 'Im Portal erfasst:',
		'registered-heading': 'Registriert hat sich:',
		'first-name': '- Vorname: $1',
		'last-name': '- Nachname: $1',
		email: '- E-Mail: $1',
		'reported-by': 'Gemeldet von: $1',
		phone: 'Telefon: $1',
		'reporter-email': 'E-Mail: $1',
		'contact-subject': 'SpiGes: Bitte mit Ihrer geschäftlichen E-Mail-Adresse registrieren',
		'contact-intro':
			'Sie haben sich im eIAM für SpiGes mit der privaten E-Mail-Adresse $1 registriert. SpiGes verlangt Ihre geschäftliche E-Mail-Adresse. Ich habe das Profil deshalb deaktiviert und erstelle ein neues Profil mit Ihrer geschäftlichen Adresse.',
		'contact-new-address':
			'Das neue Profil erfasse ich mit der Adresse $1. Falls das nicht Ihre geschäftliche Adresse ist, antworten Sie mir bitte mit der richtigen.',
		'contact-ask-address': 'Bitte antworten Sie mir mit Ihrer geschäftlichen E-Mail-Adresse.',
		'contact-new-code':
			'Sie erhalten danach einen neuen Registrierungscode per E-Mail. Bitte registrieren Sie sich damit erneut, mit Ihrer geschäftlichen E-Mail-Adresse. Der Code ist einen Monat gültig.',
		'contact-questions': 'Bei Fragen erreichen Sie mich unter $1.',
	},
	fr: {
		greeting: 'Bonjour,',
		'greeting-name': 'Bonjour $1,',
		closing: 'Meilleures salutations',
		date: '$3.$2.$1',
		'escalation-subject': 'eIAM\u00A0: autre personne enregistrée',
		'escalation-subject-user-id': 'eIAM\u00A0: autre personne enregistrée – ID utilisateur $1',
		'escalation-intro':
			'Une autre personne que celle pour laquelle j’ai saisi le profil s’est enregistrée dans eIAM. J’ai désactivé le profil et je vous signale le cas conformément au manuel.',
		'escalation-request': 'Merci d’examiner le cas et de me contacter si vous avez besoin d’autres informations.',
		'user-id': 'ID utilisateur\u00A0: $1',
		'mail-date': 'E-mail d’eIAM du\u00A0: $1',
		canton: 'Canton\u00A0: $1',
		'entered-heading': 'Saisi dans le portail\u00A0:',
		'registered-heading': 'Personne enregistrée\u00A0:',
		'first-name': '- Prénom\u00A0: $1',
		'last-name': '- Nom\u00A0: $1',
		email: '- E-mail\u00A0: $1',
		'reported-by': 'Signalé par\u00A0: $1',
		phone: 'Téléphone\u00A0: $1',
		'reporter-email': 'E-mail\u00A0: $1',
		'contact-subject': 'SpiGes\u00A0: veuillez vous enregistrer avec votre adresse e-mail professionnelle',
		'contact-intro':
			'Vous vous êtes enregistré·e dans eIAM pour SpiGes avec l’adresse e-mail privée $1. SpiGes exige votre adresse e-mail professionnelle. J’ai donc désactivé le profil et je crée un nouveau profil avec votre adresse professionnelle.',
		'contact-new-address':
			'Je saisis le nouveau profil avec l’adresse $1. Si ce n’est pas votre adresse professionnelle, merci de me répondre en m’indiquant la bonne.',
		'contact-ask-address': 'Merci de me répondre en m’indiquant votre adresse e-mail professionnelle.',
		'contact-new-code':
			'Vous recevrez ensuite un nouveau code d’enregistrement par e-mail. Veuillez vous enregistrer à nouveau avec ce code, en utilisant votre adresse e-mail professionnelle. Le code est valable un mois.',
		'contact-questions': 'Pour toute question, vous pouvez me joindre au $1.',
	},
	it: {
		greeting: 'Buongiorno,',
		'greeting-name': 'Buongiorno $1,',
		closing: 'Cordiali saluti',
		date: '$3.$2.$1',
		'escalation-subject': 'eIAM: registrata un’altra persona',
		'escalation-subject-user-id': 'eIAM: registrata un’altra persona – ID utente $1',
		'escalation-intro':
			'In eIAM si è registrata una persona diversa da quella per cui ho creato il profilo. Ho disattivato il profilo e segnalo il caso come previsto dal manuale.',
		'escalation-request': 'Vi prego di esaminare il caso e di contattarmi se vi servono altre informazioni.',
		'user-id': 'ID utente: $1',
		'mail-date': 'E-mail di eIAM del: $1',
		canton: 'Cantone: $1',
		'entered-heading': 'Inserito nel portale:',
		'registered-heading': 'Persona registrata:',
		'first-name': '- Nome: $1',
		'last-name': '- Cognome: $1',
		email: '- E-mail: $1',
		'reported-by': 'Segnalato da: $1',
		phone: 'Telefono: $1',
		'reporter-email': 'E-mail: $1',
		'contact-subject': 'SpiGes: registrarsi con l’indirizzo e-mail professionale',
		'contact-intro':
			'Si è registrata/o in eIAM per SpiGes con l’indirizzo e-mail privato $1. SpiGes richiede il Suo indirizzo e-mail professionale. Ho quindi disattivato il profilo e ne creo uno nuovo con il Suo indirizzo professionale.',
		'contact-new-address':
			'Creo il nuovo profilo con l’indirizzo $1. Se non è il Suo indirizzo professionale, mi risponda indicando quello corretto.',
		'contact-ask-address': 'La prego di rispondermi indicando il Suo indirizzo e-mail professionale.',
		'contact-new-code':
			'Riceverà poi un nuovo codice di registrazione per e-mail. La prego di registrarsi di nuovo con questo codice, usando il Suo indirizzo e-mail professionale. Il codice è valido un mese.',
		'contact-questions': 'Per domande mi può raggiungere al $1.',
	},
	en: {
		greeting: 'Hello,',
		'greeting-name': 'Dear $1,',
		closing: 'Kind regards',
		date: '$1-$2-$3',
		'escalation-subject': 'eIAM: another person registered',
		'escalation-subject-user-id': 'eIAM: another person registered – user ID $1',
		'escalation-intro':
			'A person other than the one I created the profile for has registered in eIAM. I have deactivated the profile and am reporting the case as the handbook asks.',
		'escalation-request': 'Please review the case and let me know if you need further details.',
		'user-id': 'User ID: $1',
		'mail-date': 'eIAM e-mail dated: $1',
		canton: 'Canton: $1',
		'entered-heading': 'Entered in the portal:',
		'registered-heading': 'Person who registered:',
		'first-name': '- First name: $1',
		'last-name': '- Last name: $1',
		email: '- E-mail: $1',
		'reported-by': 'Reported by: $1',
		phone: 'Phone: $1',
		'reporter-email': 'E-mail: $1',
		'contact-subject': 'SpiGes: please register with your professional e-mail address',
		'contact-intro':
			'You registered in eIAM for SpiGes with the private e-mail address $1. SpiGes requires your professional e-mail address, so I have deactivated the profile and am creating a new one with your professional address.',
		'contact-new-address':
			'I am creating the new profile with the address $1. If that is not your professional address, please reply with the correct one.',
		'contact-ask-address': 'Please reply with your professional e-mail address.',
		'contact-new-code':
			'You will then receive a new registration code by e-mail. Please register again with it, using your professional e-mail address. The code is valid for one month.',
		'contact-questions': 'If you have any questions, you can reach me at $1.',
	},
});

export type MailTemplateKey = TextKey<typeof mailTemplates>;
