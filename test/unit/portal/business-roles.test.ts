// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {chosenRole, findBusinessRoleList, findGrantedTable, readGrantedRoles} from '../../../src/portal/business-roles';
import {LANGS} from '../../../src/shared/lang';
import {loadHtml, loadSnapshot} from './support/load';

describe('the permissions page’s business roles', () => {
	test.each(LANGS)('the replica’s role list and granted table (%s)', (lang) => {
		const doc = loadSnapshot(`permissions.${lang}.html`);
		const list = findBusinessRoleList(doc);
		expect(list?.getAttribute('role')).toBe('listbox');
		expect(list?.querySelectorAll('[role="option"]').length).toBeGreaterThan(5);
		expect(chosenRole(list as Element)).toBe('');
		const table = findGrantedTable(doc);
		expect(table && readGrantedRoles(table).join()).toContain('KT_User');
	});

	test('an unnamed listbox is found by its SpiGes options; the chosen option is read from ARIA', () => {
		const doc = loadHtml(`<main>
			<ul role="listbox" aria-label="Applikationen"><li role="option">SpiGes</li></ul>
			<ul role="listbox">
				<li role="option" aria-selected="false">KT_User</li>
				<li role="option" aria-selected="true" aria-label="SP_User_Standort"><span>SP_User_Standort</span></li>
			</ul></main>`);
		const list = findBusinessRoleList(doc);
		expect(list && chosenRole(list)).toBe('SP_User_Standort');
	});

	test('a new profile’s granted table is found by its headers and holds no role', () => {
		const doc = loadHtml(`<main><table><thead><tr><th>Attribué</th><th>Application</th><th>Rôle</th>
			<th>Attribut</th><th>Action</th></tr></thead><tbody></tbody></table></main>`);
		const table = findGrantedTable(doc);
		expect(table).toBeDefined();
		expect(table && readGrantedRoles(table)).toEqual([]);
	});

	test('a granted cell that names no role gives the whole row, which does', () => {
		const doc = loadHtml(`<main><table><thead><tr><th>Gewährt</th><th>Applikation</th><th>Rolle</th>
			<th>Attribut</th></tr></thead><tbody>
			<tr><td>Über Geschäftsrolle KT_Read</td><td>SpiGes</td><td>Leser</td><td>–</td></tr>
			<tr><td>Direkt</td><td>SpiGes</td><td>SP_User_Standort</td><td>–</td></tr>
			</tbody></table></main>`);
		const table = findGrantedTable(doc);
		const granted = table ? readGrantedRoles(table) : [];
		expect(granted[0]).toBe('Über Geschäftsrolle KT_Read');
		expect(granted[1]).toContain('SP_User_Standort');
	});
});
