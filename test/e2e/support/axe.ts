import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import {expect} from 'vitest';

/*
 * axe-core (a pinned dev dependency) run inside a page of the E2E browser. The script comes from node_modules and
 * is evaluated through the DevTools protocol, which no page's CSP restricts (the extension's pages allow only
 * their own scripts), and nothing is fetched.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What axe checks: a CSS selector, or a path into open shadow roots (`['#eiam-assist-root', '.panel']`: the
 * panel inside the overlay's shadow root). Without one, the whole document.
 */
export type AxeScope = string | readonly string[];

type Violation = {id: string; help: string; nodes: {target: unknown[]; failureSummary?: string}[]};

/** Every violation axe reports for `scope`, one line each: rule, what it asks and the elements that fail it. */
export async function axeViolations(page: Page, scope?: AxeScope): Promise<string[]> {
	await page.evaluate(`window.axe === undefined ? (() => { ${AXE_SOURCE}\n })() : undefined`);
	const violations = await page.evaluate(async (include) => {
		const axe = (
			window as unknown as {
				axe: {run: (context: unknown, options: unknown) => Promise<{violations: Violation[]}>};
			}
		).axe;
		const context = include === null ? document : {include: [include]};
		const result = await axe.run(context, {resultTypes: ['violations']});
		return result.violations.map(({id, help, nodes}) => ({
			id,
			help,
			nodes: nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`.trim()),
		}));
	}, scope ?? null);
	return violations.map(({id, help, nodes}) => `${id} (${help}):\n    ${nodes.join('\n    ')}`);
}

/** Fails with axe's findings when the page (or `scope`) has any accessibility violation. */
export async function expectNoAxeViolations(page: Page, what: string, scope?: AxeScope): Promise<void> {
	const violations = await axeViolations(page, scope);
	expect(violations, `axe on ${what}:\n  ${violations.join('\n  ')}`).toEqual([]);
}
