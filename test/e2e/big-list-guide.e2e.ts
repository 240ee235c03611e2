import {describe, expect} from 'vitest';
import {chromiumTest as test} from './support/fixtures';
import {buildUsers} from '../replica/src/data/users';
import {label} from '../replica/src/i18n/labels';
import {choose, expectStep, marked, markedText, panel} from './support/overlay';
import {confirmationStart, openUserList, pageText} from './support/portal-steps';
import {REPLICA_NAMES} from './support/replicas';

/*
 * A guide on a list long enough that the guide's watch leaves out the rows holding no target (src/portal/big-lists.ts,
 * issue #14 item 3): it must still notice everything the steps wait for — the person's row menu opening inline or
 * appended to <body>, the confirmation — also after the portal re-rendered the whole list in place.
 */

const ROWS = 300;
// The last active person (only active people get the helper), made pending by the scenario.
const person =
	buildUsers({count: ROWS})
		.filter((user) => user.userStatus === 'active')
		.at(-1)?.extId ?? '';
const helper = `#eiam-assist-root [data-eiam-assist-row-action="${person}"]`;

/** The portal's change detection re-rendering every cell's text in place (the benchmark's re-render). */
function rerenderList(): number {
	let replaced = 0;
	for (const body of document.querySelectorAll('tbody')) {
		for (const row of body.children) {
			for (const cell of row.children) {
				const text = cell.firstChild;
				if (text?.nodeType !== Node.TEXT_NODE) continue;
				cell.replaceChild(document.createTextNode((text as Text).data), text);
				replaced += 1;
			}
		}
	}
	return replaced;
}

describe.for(REPLICA_NAMES)('a guide on a %s-row list', (replica) => {
	test.override({replica});
	// The Angular replica renders its row menus appended to body only.
	const menus = replica === 'ng' ? [''] : ['', '&menus=body'];

	test.for(menus)(
		`${replica} replica: new code to the last person, the list re-rendered in place (%s)`,
		async (query, {page}) => {
			await openUserList(page, 'de', `&users=${ROWS}&rows=${ROWS}&pending=${person}&delay=0${query}`);
			expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(ROWS);
			await page.locator(helper).click();
			await choose(page, 'new-code');
			await expectStep(page, 'resend-from-list', 'open-row-menu');

			expect(await page.evaluate(rerenderList)).toBeGreaterThan(ROWS);
			await expectStep(page, 'resend-from-list', 'open-row-menu');
			expect(await marked(page).evaluate((element) => element.closest('tr')?.textContent ?? '')).toContain(
				person,
			);
			await marked(page).click();

			await expectStep(page, 'resend-from-list', 'send-new-code');
			expect(await markedText(page)).toContain(label('de', 'userSelection', 'menuSendNewOnboardingCode'));
			await page.evaluate(rerenderList);
			await expectStep(page, 'resend-from-list', 'send-new-code');
			await marked(page).click();

			await expect.poll(() => panel(page).getAttribute('data-status')).toBe('done');
			expect(await pageText(page)).toContain(confirmationStart('newCodeSent', 'de'));
		},
	);
});
