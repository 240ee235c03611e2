import {expect, test} from 'vitest';
import {LANGS} from '../../../src/shared/lang';
import {QUESTION_IDS, type Question} from '../../../src/wizard/classify';
import {describeQuestion} from '../../../src/wizard/describe-question';

const combinations = LANGS.flatMap((lang) => QUESTION_IDS.map((id) => [lang, id] as const));

test.each(combinations)('in %s, the question %s is a question with the values filled in', (lang, id) => {
	const question: Question = {
		id,
		entered: 'anna.mueller@insel.ch',
		registered: 'anna.mueller@usz.ch',
		person: 'Anna Müller',
	};
	const text = describeQuestion(question, lang);
	expect(text).toMatch(/\?$/);
	expect(text).not.toMatch(/\$\d|undefined/);
	expect(text).toContain('anna.mueller@insel.ch');
	expect(text).toContain('anna.mueller@usz.ch');
});

test('the work-address question names the registered address and the person', () => {
	const question: Question = {
		id: 'same-person-work-address',
		entered: 'anna.mueller@insel.ch',
		registered: 'anna.mueller@usz.ch',
		person: 'Anna Müller',
	};
	expect(describeQuestion(question, 'de')).toBe(
		'Ist «anna.mueller@usz.ch» eine geschäftliche E-Mail-Adresse von Anna Müller (im Portal erfasst: «anna.mueller@insel.ch»)?',
	);
});
