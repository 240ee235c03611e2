import type {CDPSession, Page} from 'playwright-core';
import {TraceEventSchema, type TraceEvent} from './trace-js-time';

/**
 * Records a Chromium trace of `page` while `action` runs (CDP Tracing on the page's own session: only its renderer
 * and the browser process). Categories: the DevTools timeline (script entries, layout, style), V8's call entries
 * and user-timing marks, which bound the interval to count.
 */
const CATEGORIES = ['devtools.timeline', 'v8', 'blink.user_timing'];

export async function tracePage<T>(
	page: Page,
	action: () => Promise<T>,
	timeoutMs: number,
): Promise<{result: T; events: TraceEvent[]}> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	try {
		const events: TraceEvent[] = [];
		cdp.on('Tracing.dataCollected', ({value}) => {
			for (const raw of value) {
				const parsed = TraceEventSchema.safeParse(raw);
				if (parsed.success) events.push(parsed.data);
			}
		});
		const complete = new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('tracing did not complete')), timeoutMs);
			cdp.once('Tracing.tracingComplete', () => {
				clearTimeout(timer);
				resolve();
			});
		});
		complete.catch(() => undefined); // awaited below; never an unhandled rejection if the action throws first
		await cdp.send('Tracing.start', {
			transferMode: 'ReportEvents',
			traceConfig: {includedCategories: CATEGORIES},
		});
		let result: T;
		try {
			result = await action();
		} finally {
			await cdp.send('Tracing.end');
			await complete;
		}
		return {result, events};
	} finally {
		await cdp.detach().catch(() => undefined);
	}
}
