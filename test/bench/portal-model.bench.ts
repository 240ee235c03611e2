import {gzipSync} from 'node:zlib';
import {Window} from 'happy-dom';
import type {Page} from 'playwright-core';
import {detectPage} from '../../src/portal/pages';
import {findControl} from '../../src/portal/locate';
import {readUserRows} from '../../src/portal/read-data';
import {resolveTarget} from '../../src/portal/resolve-target';
import {launchChromium} from '../e2e/support/chromium';
import {PORTAL} from '../e2e/support/paths';
import {bodyHtml, fixtureUsers} from '../unit/portal/fixtures/portal-html';
import {bundlePortalModel} from './portal-model-bundle';
import type {PortalModelApi} from './portal-model-entry';
import type {Part} from './part';
import {replaceWithHtml} from '../unit/portal/support/html';

/**
 * The cost of the portal model on big pages (issue 4): page detection and a full target resolution on a user
 * list of 10 / 1,000 / 10,000 rows, in happy-dom (our hand-made page, pure JS) and in Chromium (the replica with
 * all rows on one page, the production-like bundle injected), plus what the always-on watcher adds to a
 * 10,000-row re-render (shared/PERFORMANCE.md budget: ≤ 10 % of the page's own re-render).
 */
const SIZES = [10, 1_000, 10_000] as const;

type Figure = {measure: string; value: number; unit: string; note?: string};

/** 'Chromium 10000 rows: detectPage' → 'portal-model-chromium-10000-rows-detectpage' (bench.json's measure ids). */
function measureId(text: string): string {
	const slug = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `portal-model-${slug}`;
}
const URL_USERS = 'https://www.portal.eiam.admin.ch/portal/adminservice/app/delegation/users';

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed(runs: number, work: () => unknown): {first: number; median: number} {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		work();
		times.push(performance.now() - started);
	}
	return {first: times[0] ?? Number.NaN, median: median(times)};
}

function happyDomFigures(): Figure[] {
	const figures: Figure[] = [];
	for (const size of SIZES) {
		const window = new Window({url: URL_USERS});
		const doc = window.document as unknown as Document;
		doc.documentElement.setAttribute('lang', 'de');
		replaceWithHtml(doc.body, bodyHtml('user-selection', {lang: 'de', users: size}));
		const last = fixtureUsers(size).at(-1)?.extId ?? '';
		const runs = size === 10_000 ? 9 : 25;
		const rows = timed(runs, () => readUserRows(doc));
		const figure = (measure: string, result: {first: number; median: number}): void => {
			figures.push({
				measure: `happy-dom ${String(size).padStart(5)} rows: ${measure}`,
				value: result.median,
				unit: 'ms',
				note: `first ${result.first.toFixed(1)} ms`,
			});
		};
		figure(
			'detectPage',
			timed(runs, () => detectPage(doc, URL_USERS)),
		);
		figure(
			'resolveTarget user-row (last user)',
			timed(runs, () => resolveTarget(doc, {kind: 'user-row'}, {extId: last}, 'de')),
		);
		figure(
			'resolveTarget row-action menu-toggle (last user)',
			timed(runs, () => resolveTarget(doc, {kind: 'row-action', action: 'menu-toggle'}, {extId: last}, 'de')),
		);
		figure(
			"findControl button 'continue'",
			timed(runs, () => findControl(doc, {role: 'button', label: 'continue'}, 'de')),
		);
		figure('readUserRows', rows);
		void window.happyDOM.close();
	}
	return figures;
}

type InPage = {portalModel: PortalModelApi};

/** Opens the replica's user list with `size` users, all on one page. */
async function openUserList(page: Page, size: number): Promise<void> {
	await page.goto(`${PORTAL}/portal/adminservice/app/home?lang=de&delay=0&reset=1&users=${size}&rows=${size}`);
	await page.getByRole('button', {name: 'Benutzermanagement', exact: true}).click();
	await page.getByText('Delegiertes Management', {exact: true}).click();
	await page.locator('.ui-treetable-tbody tr').first().click();
	await page.getByRole('button', {name: 'Weiter', exact: true}).click();
	await page.waitForFunction(
		(count) => document.querySelectorAll('tbody.ui-table-tbody > tr').length >= Math.min(count, 10_000),
		size,
		{timeout: 120_000},
	);
}

async function chromiumFigures(code: string): Promise<Figure[]> {
	const figures: Figure[] = [];
	const session = await launchChromium({extension: false});
	try {
		const page = await session.newPage();
		// tsx compiles this file with esbuild's keepNames, which wraps the functions handed to page.evaluate in
		// `__name(…)`; give the page that helper.
		await page.addInitScript({content: 'globalThis.__name = (fn) => fn;'});
		for (const size of SIZES) {
			await openUserList(page, size);
			await page.addScriptTag({content: code});
			const results = await page.evaluate((runs) => {
				const {portalModel} = globalThis as unknown as InPage;
				const rows = portalModel.readUserRows(document);
				const last = rows.at(-1)?.extId ?? '';
				const time = (work: () => unknown): {first: number; median: number} => {
					const times: number[] = [];
					for (let i = 0; i < runs; i++) {
						const started = performance.now();
						work();
						times.push(performance.now() - started);
					}
					const sorted = [...times].sort((a, b) => a - b);
					return {first: times[0] ?? Number.NaN, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN};
				};
				return {
					rows: rows.length,
					detectPage: time(() => portalModel.detectPage(document, document.URL)),
					userRow: time(() => portalModel.resolveTarget(document, {kind: 'user-row'}, {extId: last}, 'de')),
					menuToggle: time(() =>
						portalModel.resolveTarget(
							document,
							{kind: 'row-action', action: 'menu-toggle'},
							{extId: last},
							'de',
						),
					),
					continueButton: time(() =>
						portalModel.findControl(document, {role: 'button', label: 'continue'}, 'de'),
					),
					// The worst case: a label that is nowhere (all row menus closed) makes the search reach into the rows.
					absentItem: time(() =>
						portalModel.findControl(document, {role: 'menuitem', label: 'deactivateUser'}, 'de'),
					),
					rowItem: time(() =>
						portalModel.resolveTarget(
							document,
							{kind: 'control', role: 'menuitem', label: 'deactivateUser'},
							{extId: last},
							'de',
						),
					),
					readUserRows: time(() => portalModel.readUserRows(document)),
				};
			}, 15);
			const figure = (measure: string, result: {first: number; median: number}): void => {
				figures.push({
					measure: `Chromium  ${String(size).padStart(5)} rows: ${measure}`,
					value: result.median,
					unit: 'ms',
					note: `first ${result.first.toFixed(1)} ms`,
				});
			};
			figure('detectPage', results.detectPage);
			figure('resolveTarget user-row (last user)', results.userRow);
			figure('resolveTarget row-action menu-toggle (last user)', results.menuToggle);
			figure("findControl button 'continue'", results.continueButton);
			figure("findControl menuitem 'deactivateUser', all menus closed (searches rows)", results.absentItem);
			figure("resolveTarget menuitem 'deactivateUser' of the last user (row-scoped)", results.rowItem);
			figure(`readUserRows (${results.rows} rows)`, results.readUserRows);
		}
		figures.push(...(await watcherFigures(page, code)));
	} finally {
		await session.close();
	}
	return figures;
}

/**
 * What the always-on watcher adds to the page's own work on the 10,000-row list: an in-place re-render (every
 * cell's text node replaced: ~80,000 childList records) and a node swap (the tbody replaced: one record). The
 * page's own time is measured without the watcher, then with `trackPage` running (observer + detection in rAF).
 */
async function watcherFigures(page: Page, code: string): Promise<Figure[]> {
	await openUserList(page, 10_000);
	await page.addScriptTag({content: code});
	const result = await page.evaluate(async () => {
		const {portalModel} = globalThis as unknown as InPage;
		const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
		const body = (): HTMLTableSectionElement => {
			const found = document.querySelector<HTMLTableSectionElement>('tbody.ui-table-tbody');
			if (!found) throw new Error('no user list');
			return found;
		};
		const inPlace = (): void => {
			for (const row of body().rows) {
				for (const cell of row.cells) {
					const text = cell.firstChild;
					if (text?.nodeType === 3) cell.replaceChild(document.createTextNode((text as Text).data), text);
				}
			}
		};
		const swap = (): void => {
			const old = body();
			old.replaceWith(old.cloneNode(true));
		};
		// Page work until its records are delivered (the observer's microtask runs before the await resumes).
		const measure = async (work: () => void): Promise<number> => {
			const started = performance.now();
			work();
			await Promise.resolve();
			const elapsed = performance.now() - started;
			await frame();
			await frame();
			return elapsed;
		};
		// Interleaved (page alone, deep watch, coarse watch, again …) so that drift and GC hit all three alike.
		const runs = 9;
		const detection: number[] = [];
		const onChange = (): void => {
			const started = performance.now();
			portalModel.detectPage(document, document.URL);
			detection.push(performance.now() - started);
		};
		let reports = 0;
		const modes = {
			alone: (): (() => void) => () => undefined,
			deep: (): (() => void) => {
				const controller = new AbortController();
				portalModel.watchPortal(document, onChange, controller.signal);
				return () => controller.abort();
			},
			coarse: (): (() => void) => {
				const controller = new AbortController();
				portalModel.trackPage(document, () => reports++, controller.signal);
				return () => controller.abort();
			},
		};
		const times = {
			inPlace: {alone: [] as number[], deep: [] as number[], coarse: [] as number[]},
			swap: {alone: [] as number[], deep: [] as number[], coarse: [] as number[]},
		};
		for (let i = 0; i < runs; i++) {
			for (const mode of ['alone', 'deep', 'coarse'] as const) {
				const stop = modes[mode]();
				await frame();
				times.inPlace[mode].push(await measure(inPlace));
				times.swap[mode].push(await measure(swap));
				stop();
			}
		}
		const mid = (values: number[]): number =>
			[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
		const anchor = portalModel.detectPageAndAnchor(document, document.URL).anchor;
		return {
			anchor: anchor ? `<${anchor.tagName.toLowerCase()}> ${anchor.textContent.trim().slice(0, 40)}` : 'none',
			baseInPlace: mid(times.inPlace.alone),
			watchedInPlace: mid(times.inPlace.deep),
			trackedInPlace: mid(times.inPlace.coarse),
			baseSwap: mid(times.swap.alone),
			watchedSwap: mid(times.swap.deep),
			trackedSwap: mid(times.swap.coarse),
			reports,
			detection: mid(detection),
			burstsPerInPlace: detection.length / (2 * runs),
		};
	});
	const overhead = result.watchedInPlace - result.baseInPlace + result.detection;
	const idleOverhead = result.trackedInPlace - result.baseInPlace;
	return [
		{
			measure: 'Chromium 10000 rows, in-place re-render (~80k records): page alone',
			value: result.baseInPlace,
			unit: 'ms',
		},
		{measure: '  … with watchPortal (deep; a guide in progress)', value: result.watchedInPlace, unit: 'ms'},
		{
			measure: '  … + detectPage in the following frame (once per burst)',
			value: result.detection,
			unit: 'ms',
			note: `${result.burstsPerInPlace.toFixed(1)} callbacks per re-render or swap`,
		},
		{
			measure: "  … deep watch overhead relative to the page's own re-render",
			value: (100 * overhead) / result.baseInPlace,
			unit: '%',
			note: 'budget 10 %',
		},
		{
			measure: '  … with trackPage (coarse; no guide active)',
			value: result.trackedInPlace,
			unit: 'ms',
			note: `anchored on ${result.anchor}`,
		},
		{
			measure: "  … coarse watch overhead relative to the page's own re-render",
			value: (100 * idleOverhead) / result.baseInPlace,
			unit: '%',
			note: 'noise level; budget 10 %',
		},
		{measure: 'Chromium 10000 rows, tbody swap (1 record): page alone', value: result.baseSwap, unit: 'ms'},
		{measure: '  … with watchPortal', value: result.watchedSwap, unit: 'ms'},
		{measure: '  … with trackPage', value: result.trackedSwap, unit: 'ms'},
	];
}

/**
 * Opt-in (`npm run bench -- portal-model`): the cost of the portal model's functions and of its watchers on their
 * own (no extension), for whoever works on src/portal. Single figures (medians of its own repetitions), no spread.
 */
export const portalModelPart: Part = {
	name: 'portal-model',
	optIn: true,
	budgetMs: 600_000,
	reserveMs: 0,
	measures: [{measure: 'portal-model-src-portal-bundle-gzip', unit: 'B'}],
	async run({results}) {
		const code = await bundlePortalModel();
		const figures: Figure[] = [
			{measure: 'src/portal bundle (all public functions, minified)', value: code.length, unit: 'B'},
			{measure: 'src/portal bundle, gzip', value: gzipSync(code).length, unit: 'B'},
		];
		figures.push(...happyDomFigures());
		figures.push(...(await chromiumFigures(code)));
		for (const {measure, value, unit, note} of figures) {
			const id = measureId(measure);
			results.declare([{measure: id, unit}]);
			results.value(id, value, note);
		}
	},
};
