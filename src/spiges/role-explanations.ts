import {defineCatalog, type Catalog} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import {readRole, type RoleName} from './roles';

/*
 * One line per SpiGes role, shown beside the business-role list so the superuser picks the right one. Written by us
 * from the handbook's tasks and competences (shared/portal/ROLES.md), short and plain: what the role is for and what
 * it can do with the data. The handbook's own verbs are kept (FR «télécharger» = upload, as the handbook uses it).
 * The data recipients' pages name only who receives the data. EN is our translation. Swiss German: ss, never ß.
 * French: a narrow no-break space (U+202F) before ; : ! ? » and after «.
 */
export const ROLE_EXPLANATIONS: Catalog<RoleName> = defineCatalog<RoleName>({
	de: {
		KT_Superuser:
			'Verwaltet die Benutzer der Spitäler des Kantons und im eIAM-Portal, prüft die Daten und gibt sie frei; kann alle Daten lesen, hochladen, kommentieren und exportieren.',
		'KT_ErhV(stat_Abschlussuser)':
			'Erledigt die vom KT_Superuser delegierten Aufgaben; kann die Daten der Spitäler des Kantons lesen, hochladen, kommentieren, exportieren, abschliessen und ihre Prüfstati ändern.',
		KT_Admin_Abschlussuser:
			'Gibt am Ende der Erhebung die Daten der Spitäler des Kantons für die administrative Nutzung frei; kann sie lesen, hochladen, kommentieren, exportieren, abschliessen und ihre Prüfstati ändern.',
		KT_User:
			'Erledigt die vom KT_Superuser delegierten Aufgaben; kann die Daten der Spitäler des Kantons lesen, hochladen und kommentieren.',
		KT_Read: 'Sieht bei Bedarf den Stand der Erhebung ein; kann die Daten aller Spitäler des Kantons nur lesen.',
		SP_ErhV_Unternehmen:
			'Verantwortlich für ein Spitalunternehmen (mindestens eine Person pro Unternehmen); kann die Daten des Unternehmens und seiner Standorte lesen, hochladen, kommentieren, exportieren und abschliessen.',
		SP_ErhV_Standort:
			'Verantwortlich für einen Spitalstandort, wenn die Person nicht alle Standorte sehen soll; kann dessen Daten lesen, hochladen, kommentieren, exportieren und abschliessen.',
		SP_User_Unternehmen:
			'Erledigt die vom SP_ErhV_Unternehmen delegierten Aufgaben; kann die Daten des Unternehmens und seiner Standorte lesen, hochladen, kommentieren und exportieren.',
		SP_User_Standort:
			'Erledigt die vom SP_ErhV_Standort delegierten Aufgaben; kann die Daten des Spitalstandorts lesen, hochladen, kommentieren und exportieren.',
		SP_Read_Unternehmen:
			'Sieht bei Bedarf den Stand der Erhebung ein; kann die Daten des Spitalunternehmens nur lesen.',
		SP_Read_Standort: 'Sieht bei Bedarf den Stand der Erhebung ein; kann die Daten des Spitalstandorts nur lesen.',
		EMPF_BAG: 'Erhält die Daten für das Bundesamt für Gesundheit (BAG).',
		EMPF_GD: 'Erhält die Daten für kantonale Gesundheitsämter oder -behörden.',
		EMPF_PUE: 'Erhält die Daten für den Preisüberwacher.',
		EMPF_Versicherer: 'Erhält die Daten für Versicherer.',
		EMPF_kantonale_Daten: 'Gibt Zugang zu zusätzlichen kantonalen Daten (nicht in allen Kantonen).',
		EMPF_ZMT: 'Erhält die Daten für die Zentralstelle für Medizinaltarife UVG (ZMT).',
		EMPF_HPlus: 'Erhält die Daten für H+ Die Spitäler der Schweiz.',
	},
	fr: {
		KT_Superuser:
			'Gère les utilisateurs des hôpitaux du canton et dans le portail eIAM, contrôle et valide les données\u202F; peut lire, télécharger, commenter et exporter toutes les données.',
		'KT_ErhV(stat_Abschlussuser)':
			'Exécute les tâches déléguées par le KT_Superuser\u202F; peut lire, télécharger, commenter, exporter et clôturer les données des hôpitaux du canton et en modifier les statuts de contrôle.',
		KT_Admin_Abschlussuser:
			'Libère en fin d’enquête les données des hôpitaux du canton pour une utilisation administrative\u202F; peut les lire, télécharger, commenter, exporter, clôturer et en modifier les statuts de contrôle.',
		KT_User:
			'Exécute les tâches déléguées par le KT_Superuser\u202F; peut lire, télécharger et commenter les données des hôpitaux du canton.',
		KT_Read:
			'Consulte au besoin l’état de l’enquête\u202F; peut seulement lire les données de tous les hôpitaux du canton.',
		SP_ErhV_Unternehmen:
			'Responsable d’une entreprise hospitalière (au moins une personne par entreprise)\u202F; peut lire, télécharger, commenter, exporter et clôturer les données de l’entreprise et de ses sites.',
		SP_ErhV_Standort:
			'Responsable d’un site hospitalier, quand la personne ne doit pas accéder à tous les sites\u202F; peut lire, télécharger, commenter, exporter et clôturer les données de ce site.',
		SP_User_Unternehmen:
			'Exécute les tâches déléguées par le SP_ErhV_Unternehmen\u202F; peut lire, télécharger, commenter et exporter les données de l’entreprise et de ses sites.',
		SP_User_Standort:
			'Exécute les tâches déléguées par le SP_ErhV_Standort\u202F; peut lire, télécharger, commenter et exporter les données du site hospitalier.',
		SP_Read_Unternehmen:
			'Consulte au besoin l’état de l’enquête\u202F; peut seulement lire les données de l’entreprise hospitalière.',
		SP_Read_Standort:
			'Consulte au besoin l’état de l’enquête\u202F; peut seulement lire les données du site hospitalier.',
		EMPF_BAG: 'Reçoit les données pour l’Office fédéral de la santé publique (OFSP).',
		EMPF_GD: 'Reçoit les données pour les services ou offices cantonaux de la santé.',
		EMPF_PUE: 'Reçoit les données pour le Surveillant des prix.',
		EMPF_Versicherer: 'Reçoit les données pour les assureurs.',
		EMPF_kantonale_Daten: 'Donne accès à des données cantonales supplémentaires (pas dans tous les cantons).',
		EMPF_ZMT: 'Reçoit les données pour le Service central des tarifs médicaux LAA (SCTM).',
		EMPF_HPlus: 'Reçoit les données pour H+ Les Hôpitaux de Suisse.',
	},
	it: {
		KT_Superuser:
			'Gestisce gli utenti degli ospedali del Cantone e nel portale eIAM, verifica e approva i dati; può leggere, caricare, commentare ed esportare tutti i dati.',
		'KT_ErhV(stat_Abschlussuser)':
			'Svolge i compiti delegati dal KT_Superuser; può leggere, caricare, commentare, esportare e finalizzare i dati degli ospedali del Cantone e modificarne gli stati di verifica.',
		KT_Admin_Abschlussuser:
			'Al termine della rilevazione approva i dati degli ospedali del Cantone per l’uso amministrativo; può leggerli, caricarli, commentarli, esportarli, finalizzarli e modificarne gli stati di verifica.',
		KT_User:
			'Svolge i compiti delegati dal KT_Superuser; può leggere, caricare e commentare i dati degli ospedali del Cantone.',
		KT_Read:
			'Se necessario controlla lo stato della rilevazione; può solo leggere i dati di tutti gli ospedali del Cantone.',
		SP_ErhV_Unternehmen:
			'Responsabile di un’impresa ospedaliera (almeno una persona per impresa); può leggere, caricare, commentare, esportare e finalizzare i dati dell’impresa e delle sue sedi.',
		SP_ErhV_Standort:
			'Responsabile di una sede ospedaliera, se la persona non deve accedere a tutte le sedi; può leggere, caricare, commentare, esportare e finalizzare i dati di quella sede.',
		SP_User_Unternehmen:
			'Svolge i compiti delegati dall’SP_ErhV_Unternehmen; può leggere, caricare, commentare ed esportare i dati dell’impresa e delle sue sedi.',
		SP_User_Standort:
			'Svolge i compiti delegati dall’SP_ErhV_Standort; può leggere, caricare, commentare ed esportare i dati della sede ospedaliera.',
		SP_Read_Unternehmen:
			'Se necessario controlla lo stato della rilevazione; può solo leggere i dati dell’impresa ospedaliera.',
		SP_Read_Standort:
			'Se necessario controlla lo stato della rilevazione; può solo leggere i dati della sede ospedaliera.',
		EMPF_BAG: 'Riceve i dati per l’Ufficio federale della sanità pubblica (UFSP).',
		EMPF_GD: 'Riceve i dati per i servizi o uffici sanitari cantonali.',
		EMPF_PUE: 'Riceve i dati per la Sorveglianza dei prezzi.',
		EMPF_Versicherer: 'Riceve i dati per gli assicuratori.',
		EMPF_kantonale_Daten: 'Dà accesso a dati cantonali supplementari (non in tutti i Cantoni).',
		EMPF_ZMT: 'Riceve i dati per il Servizio centrale delle tariffe mediche LAINF (SCTM).',
		EMPF_HPlus: 'Riceve i dati per H+ Gli Ospedali Svizzeri.',
	},
	en: {
		KT_Superuser:
			'Manages the users of the canton’s hospitals and in the eIAM portal, checks and approves the data; can read, upload, comment on and export all data.',
		'KT_ErhV(stat_Abschlussuser)':
			'Does the tasks the KT_Superuser delegates; can read, upload, comment on, export and close the data of the canton’s hospitals and change their check statuses.',
		KT_Admin_Abschlussuser:
			'Releases the data of the canton’s hospitals for administrative use at the end of the survey; can read, upload, comment on, export and close it and change its check statuses.',
		KT_User:
			'Does the tasks the KT_Superuser delegates; can read, upload and comment on the data of the canton’s hospitals.',
		KT_Read:
			'Checks the progress of the survey when needed; can only read the data of all hospitals in the canton.',
		SP_ErhV_Unternehmen:
			'Responsible for a hospital company (at least one person per company); can read, upload, comment on, export and close the data of the company and its sites.',
		SP_ErhV_Standort:
			'Responsible for one hospital site, when the person should not access all sites; can read, upload, comment on, export and close that site’s data.',
		SP_User_Unternehmen:
			'Does the tasks the SP_ErhV_Unternehmen delegates; can read, upload, comment on and export the data of the company and its sites.',
		SP_User_Standort:
			'Does the tasks the SP_ErhV_Standort delegates; can read, upload, comment on and export the data of the hospital site.',
		SP_Read_Unternehmen:
			'Checks the progress of the survey when needed; can only read the data of the hospital company.',
		SP_Read_Standort: 'Checks the progress of the survey when needed; can only read the data of the hospital site.',
		EMPF_BAG: 'Receives the data for the Federal Office of Public Health (FOPH).',
		EMPF_GD: 'Receives the data for cantonal health offices or authorities.',
		EMPF_PUE: 'Receives the data for the Price Supervisor.',
		EMPF_Versicherer: 'Receives the data for insurers.',
		EMPF_kantonale_Daten: 'Gives access to additional cantonal data (not in all cantons).',
		EMPF_ZMT: 'Receives the data for the Central Office for Medical Tariffs UVG (ZMT).',
		EMPF_HPlus: 'Receives the data for H+ The Swiss Hospitals.',
	},
});

/**
 * The one-line explanation of a role as the portal shows its name (see `readRole`), in the given language; undefined
 * when the text does not name exactly one known role (a cut name such as `SP_ErhV_…` could be two roles).
 */
export function explainRole(shown: string, lang: Lang): string | undefined {
	const role = readRole(shown)?.role;
	return role === undefined ? undefined : ROLE_EXPLANATIONS[lang][role];
}
