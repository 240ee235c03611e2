/**
 * Business roles (Geschäftsrollen) of the permissions page and the SpiGes application roles each one grants, as
 * far as the screenshots show them (continuer_*, param_utilisateur_*). The names are the handbook's roles
 * (shared/portal/ROLES.md) in its three categories: cantons `KT_`, hospitals `SP_`, data recipients `EMPF_`. The
 * screenshots show the list starting with the `KT_` roles in alphabetical order, then `SP_…`; the `EMPF_` roles
 * (never shown) come last. Their application roles beyond the screenshots are our invention.
 */
export const APPLICATION = 'SpiGes';

export const BUSINESS_ROLES: Readonly<Record<string, readonly string[]>> = {
	KT_Admin_Abschlussuser: [
		'Kanton',
		'Inhalte_lesen',
		'Daten_hochladen',
		'Kommunikation',
		'Pruefstati_aendern',
		'Abschluss',
		'ALLOW',
	],
	'KT_ErhV(stat_Abschlussuser)': ['Kanton', 'Inhalte_lesen', 'Datenexport_Plausi', 'ALLOW'],
	KT_Read: ['Kanton', 'Inhalte_lesen', 'ALLOW'],
	KT_Superuser: [
		'Kanton',
		'Inhalte_lesen',
		'Daten_hochladen',
		'Kommunikation',
		'Pruefstati_aendern',
		'Datenexport_Plausi',
		'Abschluss',
		'ALLOW',
	],
	KT_User: ['Kanton', 'Inhalte_lesen', 'Daten_hochladen', 'Kommunikation', 'ALLOW'],
	SP_ErhV_Standort: ['Unternehmen', 'Inhalte_lesen', 'Daten_hochladen', 'Kommunikation', 'ALLOW'],
	SP_ErhV_Unternehmen: ['Unternehmen', 'Inhalte_lesen', 'Daten_hochladen', 'Kommunikation', 'ALLOW'],
	SP_Read_Standort: ['Unternehmen', 'Inhalte_lesen', 'ALLOW'],
	SP_Read_Unternehmen: ['Unternehmen', 'Inhalte_lesen', 'ALLOW'],
	SP_User_Standort: ['Unternehmen', 'Inhalte_lesen', 'Daten_hochladen', 'Kommunikation', 'ALLOW'],
	SP_User_Unternehmen: ['Unternehmen', 'Inhalte_lesen', 'Daten_hochladen', 'Kommunikation', 'ALLOW'],
	EMPF_BAG: ['Datenempfang', 'Inhalte_lesen', 'ALLOW'],
	EMPF_GD: ['Datenempfang', 'Inhalte_lesen', 'ALLOW'],
	EMPF_kantonale_Daten: ['Datenempfang', 'Inhalte_lesen', 'ALLOW'],
};

export const BUSINESS_ROLE_NAMES: readonly string[] = Object.keys(BUSINESS_ROLES);

export function rolesOf(businessRole: string): readonly string[] {
	return BUSINESS_ROLES[businessRole] ?? [];
}
