import type {Translation} from 'primeng/api';
import type {Lang} from '../../../../replica/src/i18n/lang';

/**
 * PrimeNG's own words (paginator buttons, toast close, tree toggles, empty lists) in the portal's language. PrimeNG
 * ships English only; a portal team translates them like this, so a user (and `getByRole`) finds the controls by
 * name in every language. The replica's other texts come from the classic replica's catalogues.
 */
export const PRIMENG_TEXTS: Readonly<Record<Lang, Translation>> = {
	de: {
		emptyMessage: 'Keine Einträge gefunden',
		emptyFilterMessage: 'Keine Ergebnisse gefunden',
		emptySelectionMessage: 'Kein Eintrag ausgewählt',
		selectionMessage: '{0} Einträge ausgewählt',
		searchMessage: '{0} Ergebnisse verfügbar',
		aria: {
			close: 'Schliessen',
			firstPageLabel: 'Erste Seite',
			prevPageLabel: 'Vorherige Seite',
			previousPageLabel: 'Vorherige Seite',
			nextPageLabel: 'Nächste Seite',
			lastPageLabel: 'Letzte Seite',
			pageLabel: 'Seite {page}',
			rowsPerPageLabel: 'Zeilen pro Seite',
			expandRow: 'Zeile aufklappen',
			collapseRow: 'Zeile zuklappen',
			selectRow: 'Zeile auswählen',
			unselectRow: 'Zeilenauswahl aufheben',
		},
	},
	fr: {
		emptyMessage: 'Aucune entrée trouvée',
		emptyFilterMessage: 'Aucun résultat trouvé',
		emptySelectionMessage: 'Aucune entrée sélectionnée',
		selectionMessage: '{0} entrées sélectionnées',
		searchMessage: '{0} résultats disponibles',
		aria: {
			close: 'Fermer',
			firstPageLabel: 'Première page',
			prevPageLabel: 'Page précédente',
			previousPageLabel: 'Page précédente',
			nextPageLabel: 'Page suivante',
			lastPageLabel: 'Dernière page',
			pageLabel: 'Page {page}',
			rowsPerPageLabel: 'Lignes par page',
			expandRow: 'Développer la ligne',
			collapseRow: 'Réduire la ligne',
			selectRow: 'Sélectionner la ligne',
			unselectRow: 'Désélectionner la ligne',
		},
	},
	it: {
		emptyMessage: 'Nessuna voce trovata',
		emptyFilterMessage: 'Nessun risultato trovato',
		emptySelectionMessage: 'Nessuna voce selezionata',
		selectionMessage: '{0} voci selezionate',
		searchMessage: '{0} risultati disponibili',
		aria: {
			close: 'Chiudi',
			firstPageLabel: 'Prima pagina',
			prevPageLabel: 'Pagina precedente',
			previousPageLabel: 'Pagina precedente',
			nextPageLabel: 'Pagina successiva',
			lastPageLabel: 'Ultima pagina',
			pageLabel: 'Pagina {page}',
			rowsPerPageLabel: 'Righe per pagina',
			expandRow: 'Espandi la riga',
			collapseRow: 'Comprimi la riga',
			selectRow: 'Seleziona la riga',
			unselectRow: 'Deseleziona la riga',
		},
	},
	en: {
		emptyMessage: 'No entries found',
		emptyFilterMessage: 'No results found',
		emptySelectionMessage: 'No entry selected',
		selectionMessage: '{0} entries selected',
		searchMessage: '{0} results available',
		aria: {
			close: 'Close',
			firstPageLabel: 'First page',
			prevPageLabel: 'Previous page',
			previousPageLabel: 'Previous page',
			nextPageLabel: 'Next page',
			lastPageLabel: 'Last page',
			pageLabel: 'Page {page}',
			rowsPerPageLabel: 'Rows per page',
			expandRow: 'Expand row',
			collapseRow: 'Collapse row',
			selectRow: 'Select row',
			unselectRow: 'Unselect row',
		},
	},
};
