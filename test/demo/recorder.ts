import {mkdir, readdir, rm} from 'node:fs/promises';
import {join} from 'node:path';
import type {Page} from 'playwright-core';

export type Rect = {x: number; y: number; width: number; height: number};

/** One screenshot of the walkthrough and what it shows, for the report. */
export type Shot = {
	file: string;
	title: string;
	/** What the overlay's panel (or the popup) said, one line per paragraph. */
	said: string[];
	/** Other facts about the picture, one bullet each. */
	facts?: string[];
	/** The portal control that carried data-eiam-assist-target, in words. */
	marked?: string;
	note?: string;
};

/** Writes numbered screenshots into one directory and remembers them for the report. */
export class Recorder {
	readonly shots: Shot[] = [];

	constructor(readonly dir: string) {}

	/** Empties the directory of an earlier run (only its PNGs and report), so numbers never mix. */
	async prepare(): Promise<void> {
		await mkdir(this.dir, {recursive: true});
		for (const name of await readdir(this.dir)) {
			if (/^\d\d-.*\.png$|^report\.md$|^failure\.png$/.test(name)) await rm(join(this.dir, name));
		}
	}

	async shot(page: Page, slug: string, details: Omit<Shot, 'file'>, clip?: Rect): Promise<string> {
		const file = `${String(this.shots.length + 1).padStart(2, '0')}-${slug}.png`;
		// `animations: 'disabled'` finishes the spotlight's short move transition, so the ring sits where it ends.
		await page.screenshot({path: join(this.dir, file), animations: 'disabled', ...(clip && {clip})});
		this.shots.push({file, ...details});
		console.log(`  ${file}  ${details.title}`);
		return file;
	}
}
