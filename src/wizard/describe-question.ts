import {defineCatalog, translator} from '../shared/catalog';
import type {Lang} from '../shared/lang';
import type {Question, QuestionId} from './classify';

/*
 * The yes/no questions of an `unsure` suggestion. `$1` entered in the portal, `$2` registered, `$3` the registered
 * person's full name. "Yes" always means "same person" (see `answerQuestions`).
 */
export const questionTexts = defineCatalog<QuestionId>({
	de: {
		'same-person-work-address': 'Ist «$2» eine geschäftliche E-Mail-Adresse von $3 (im Portal erfasst: «$1»)?',
		'same-person-name': 'Sind «$1» (im Portal erfasst) und «$2» (registriert) dieselbe Person?',
	},
	fr: {
		'same-person-work-address':
			'«\u00A0$2\u00A0» est-elle une adresse e-mail professionnelle de $3 (saisie dans le portail\u00A0: «\u00A0$1\u00A0»)\u00A0?',
		'same-person-name':
			'«\u00A0$1\u00A0» (saisi dans le portail) et «\u00A0$2\u00A0» (enregistré) sont-ils la même personne\u00A0?',
	},
	it: {
		'same-person-work-address': '«$2» è un indirizzo e-mail professionale di $3 (inserito nel portale: «$1»)?',
		'same-person-name': '«$1» (inserito nel portale) e «$2» (registrato) sono la stessa persona?',
	},
	en: {
		'same-person-work-address': 'Is “$2” a professional e-mail address of $3 (entered in the portal: “$1”)?',
		'same-person-name': 'Are “$1” (entered in the portal) and “$2” (registered) the same person?',
	},
});

export function describeQuestion(question: Question, lang: Lang): string {
	return translator(questionTexts[lang])(question.id, question.entered, question.registered, question.person);
}
