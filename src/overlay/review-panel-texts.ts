import {defineCatalog, type TextKey} from '../shared/catalog';

/*
 * The access review panel's words (shared/DESIGN.md "Access review"). Flag names come from
 * src/review/review-texts.ts, so the panel and the CSV say the same.
 */
export const REVIEW_PANEL_TEXTS = defineCatalog({
	de: {
		review_title: 'Zugriffe prüfen',
		review_launcher: 'Zugriffe prüfen (Benutzerliste)',
		review_intro: 'Diese Benutzer brauchen einen Blick. eIAM Assist liest nur, was die Liste zeigt.',
		review_none: 'Unter den angezeigten Benutzern braucht niemand einen Blick.',
		review_all_seen: 'Alle $1 Benutzer der Liste geprüft.',
		review_some_unseen_with:
			'$1 von $2 Benutzern nicht gesehen: Die Liste zeigt sie auf weiteren Seiten. Wählen Sie unter der Liste $3 Zeilen pro Seite, um alle zu prüfen.',
		review_some_unseen:
			'$1 von $2 Benutzern nicht gesehen: Die Liste zeigt sie auf weiteren Seiten. Wählen Sie unter der Liste mehr Zeilen pro Seite oder blättern Sie weiter; jede angezeigte Seite wird mitgeprüft.',
		review_total_unknown: '$1 Benutzer geprüft; das Portal zeigt keine Gesamtzahl.',
		review_export: 'Als CSV herunterladen',
		review_close: 'Schliessen',
		review_resend: 'Code erneut senden',
		review_deactivate: 'Benutzer deaktivieren',
	},
	fr: {
		review_title: 'Contrôler les accès',
		review_launcher: 'Contrôler les accès (liste des utilisateurs)',
		review_intro: 'Ces utilisateurs méritent un coup d’œil. eIAM Assist lit seulement ce que la liste affiche.',
		review_none: 'Parmi les utilisateurs affichés, aucun ne demande d’attention.',
		review_all_seen: 'Les $1 utilisateurs de la liste ont été contrôlés.',
		review_some_unseen_with:
			'$1 utilisateurs sur $2 non vus\u00A0: la liste les affiche sur d’autres pages. Choisissez $3 lignes par page sous la liste pour tous les contrôler.',
		review_some_unseen:
			'$1 utilisateurs sur $2 non vus\u00A0: la liste les affiche sur d’autres pages. Choisissez plus de lignes par page sous la liste ou feuilletez\u00A0; chaque page affichée est contrôlée aussi.',
		review_total_unknown: '$1 utilisateurs contrôlés\u00A0; le portail n’affiche pas de total.',
		review_export: 'Télécharger en CSV',
		review_close: 'Fermer',
		review_resend: 'Renvoyer le code',
		review_deactivate: 'Désactiver l’utilisateur',
	},
	it: {
		review_title: 'Verificare gli accessi',
		review_launcher: 'Verificare gli accessi (elenco utenti)',
		review_intro: 'Questi utenti meritano uno sguardo. eIAM Assist legge solo quanto mostra l’elenco.',
		review_none: 'Tra gli utenti mostrati nessuno richiede attenzione.',
		review_all_seen: 'Verificati tutti i $1 utenti dell’elenco.',
		review_some_unseen_with:
			'$1 utenti su $2 non visti: l’elenco li mostra su altre pagine. Scelga $3 righe per pagina sotto l’elenco per verificarli tutti.',
		review_some_unseen:
			'$1 utenti su $2 non visti: l’elenco li mostra su altre pagine. Scelga più righe per pagina sotto l’elenco o sfogli le pagine; ogni pagina mostrata viene verificata.',
		review_total_unknown: '$1 utenti verificati; il portale non mostra il totale.',
		review_export: 'Scaricare come CSV',
		review_close: 'Chiudi',
		review_resend: 'Inviare di nuovo il codice',
		review_deactivate: 'Disattivare l’utente',
	},
	en: {
		review_title: 'Review access',
		review_launcher: 'Review access (user list)',
		review_intro: 'These users deserve a look. eIAM Assist only reads what the list shows.',
		review_none: 'Nobody among the users shown needs a look.',
		review_all_seen: 'All $1 users of the list reviewed.',
		review_some_unseen_with:
			'$1 of $2 users not seen: the list shows them on further pages. Choose $3 rows per page below the list to review them all.',
		review_some_unseen:
			'$1 of $2 users not seen: the list shows them on further pages. Choose more rows per page below the list or page through; every page shown is reviewed too.',
		review_total_unknown: '$1 users reviewed; the portal shows no total.',
		review_export: 'Download as CSV',
		review_close: 'Close',
		review_resend: 'Resend the code',
		review_deactivate: 'Deactivate the user',
	},
});

export type ReviewPanelTextKey = TextKey<typeof REVIEW_PANEL_TEXTS>;
