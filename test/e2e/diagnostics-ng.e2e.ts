import {describe} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {LANGS} from '../replica/src/i18n/lang';
import {expectSafeReport, lostStepReport} from './support/diagnostics';
import {REPLICAS} from './support/replicas';
import {resendUpToCompleted} from './support/teach';

// The same on the Angular replica (PrimeNG, Material and Oblique markup).
test.override('respond', {scope: 'file'}, () => REPLICAS.ng);

describe('the diagnostics report of a lost step on the Angular replica', () => {
	test.for(LANGS)('in %s it names the headings and buttons as shown, and nothing personal', async (lang, {page}) => {
		await resendUpToCompleted(page, lang);
		expectSafeReport(await lostStepReport(page), lang);
	});
});
