import {describe, expect} from 'vitest';
import type {Page} from 'playwright-core';
import {chromiumTest as test} from './support/fixtures';
import {choose, expectStep, startGuide} from './support/overlay';
import {openUserList} from './support/portal-steps';

// "Never break the host page": our overlay must not change how any portal element looks or where it sits.

const PROBES = ['h1', 'table', 'tbody tr', 'thead th', '.btn-primary', '.btn-secondary', '#navigation', 'body'];
const PROPERTIES = [
	'color',
	'background-color',
	'font-family',
	'font-size',
	'font-weight',
	'outline-style',
	'box-shadow',
	'border-top-color',
	'margin-top',
	'padding-left',
	'display',
	'position',
];

async function portalStyles(page: Page): Promise<Record<string, Record<string, string>>> {
	return page.evaluate(
		({probes, properties}) => {
			const result: Record<string, Record<string, string>> = {};
			for (const selector of probes) {
				const element = document.querySelector(selector);
				if (!element) continue;
				const style = getComputedStyle(element);
				result[selector] = Object.fromEntries(
					properties.map((property) => [property, style.getPropertyValue(property)]),
				);
				const box = element.getBoundingClientRect();
				result[selector].box = `${box.x},${box.y},${box.width},${box.height}`;
			}
			return result;
		},
		{probes: PROBES, properties: PROPERTIES},
	);
}

describe('the portal page with the extension', () => {
	test('looks exactly as without it, also while a guide marks a target', async ({bare, page}) => {
		const without = await bare.newPage();
		await openUserList(without, 'de');
		const reference = await portalStyles(without);
		expect(Object.keys(reference).length).toBeGreaterThan(5);

		await openUserList(page, 'de');
		expect(await portalStyles(page)).toEqual(reference);

		await startGuide(page, 'resend-code');
		await choose(page, 'code-expired');
		await expectStep(page, 'resend-code', 'pick-user');
		expect(await portalStyles(page)).toEqual(reference);
	});

	test('adds nothing to the page but its own zero-size root', async ({bare, page}) => {
		await openUserList(page, 'de');
		await page.locator('#eiam-assist-root').waitFor({state: 'attached'});
		const facts = await page.evaluate(() => {
			const root = document.getElementById('eiam-assist-root');
			const box = root?.getBoundingClientRect();
			return {
				width: box?.width,
				height: box?.height,
				shadow: root?.shadowRoot?.mode,
				styleSheets: document.styleSheets.length,
				ownStyleInPage: [...document.querySelectorAll('style, link[rel="stylesheet"]')].some((element) =>
					element.textContent.includes('eiam-assist'),
				),
			};
		});
		const bareFacts = await (async () => {
			const other = await bare.newPage();
			await openUserList(other, 'de');
			return other.evaluate(() => ({styleSheets: document.styleSheets.length}));
		})();
		expect(facts.width).toBe(0);
		expect(facts.height).toBe(0);
		expect(facts.shadow).toBe('open');
		expect(facts.styleSheets).toBe(bareFacts.styleSheets);
		expect(facts.ownStyleInPage).toBe(false);
	});
});
