// @vitest-environment happy-dom
import {expect, test} from 'vitest';
import {controlNames, elementText} from '../../../src/portal/element-text';
import {cleanText, foldText, matchKey} from '../../../src/portal/normalize-text';
import {replaceWithHtml} from './support/html';

test('folding removes what does not change a label', () => {
	expect(foldText('  Neuen\u00A0Benutzer \n\t hinzufügen ')).toBe('neuen benutzer hinzufugen');
	expect(foldText('Nachname:')).toBe('nachname');
	expect(foldText('Inviare il codice di registrazione via e-mail.')).toBe(
		'inviare il codice di registrazione via e-mail',
	);
	expect(foldText('Revenir à la sélection de l\u2019unité')).toBe("revenir a la selection de l'unite");
	expect(foldText('Vor\u00ADname\u200B')).toBe('vorname');
	expect(foldText('E\u2011Mail\u2013Adresse')).toBe('e-mail-adresse');
	expect(foldText('* Vorname *')).toBe('vorname');
	expect(foldText('\uF044 Drucken')).toBe('drucken'); // an icon-font glyph in the private-use area
	expect(foldText(null)).toBe('');
});

test('the match key ignores spacing altogether', () => {
	expect(matchKey('Neuen Benutzer hinzufügen')).toBe(matchKey('NeuenBenutzer  hinzufügen'));
	expect(matchKey('E-Mail Adresse')).not.toBe(matchKey('E-Mail-Adresse'));
});

test('cleanText keeps case and accents for data', () => {
	expect(cleanText("  Chiara\u00A0 D'Angelo\u200B ")).toBe("Chiara D'Angelo");
	expect(cleanText(undefined)).toBe('');
});

test('element text skips icons, selects and decorative parts and joins split text', () => {
	replaceWithHtml(
		document.body,
		`<button id="b"><span class="fa fa-plus-circle"></span>Neues <span><b>Profil</b></span> hinzufügen<span class="ob-toggle" aria-hidden="true">v</span><i class="material-icons">add</i><svg><text>x</text></svg></button>
		<th id="h">Benutzerstatus<select><option>Alle</option><option>Aktiv</option></select></th>
		<p id="p">Zeile<br>zwei</p>`,
	);
	expect(elementText(document.getElementById('b')!)).toBe('Neues Profil hinzufügen');
	expect(elementText(document.getElementById('p')!)).toBe('Zeile zwei');
});

test('a control is known by its text, aria-label, aria-labelledby, title and input value', () => {
	replaceWithHtml(
		document.body,
		`<span id="l1">Weiter</span><button id="b" aria-label="Suivant" aria-labelledby="l1" title="Avanti"><span class="fa fa-arrow-right"></span></button><input id="i" type="submit" value="Continue">`,
	);
	expect(controlNames(document.getElementById('b')!)).toEqual(['', 'Suivant', 'Weiter', 'Avanti']);
	expect(controlNames(document.getElementById('i')!)).toContain('Continue');
});
