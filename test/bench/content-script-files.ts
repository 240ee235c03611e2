import {posix} from 'node:path';
import {z} from 'zod/mini';

/**
 * The files the content script loads, read from a built extension: the `js` and `css` of every `content_scripts`
 * entry in its manifest, plus every file of the build those scripts import (a loader's `import()` of a chunk, a
 * chunk's static imports, an `assets/…` path handed to `runtime.getURL`). Pure: it reads files through `read`.
 */

const ManifestSchema = z.object({
	content_scripts: z.optional(
		z.array(z.object({js: z.optional(z.array(z.string())), css: z.optional(z.array(z.string()))})),
	),
});

/** Specifiers in minified JS that name another file of the build. */
const REFERENCES = [
	// import x from"./a.js" · import"./a.js" · export * from"./a.js" · import("./a.js")
	/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.(?:js|mjs|css))["'`]/g,
	// chrome.runtime.getURL("assets/a.js") and the like: a path into the build's assets folder
	/["'`](\/?assets\/[^"'`]+\.(?:js|mjs|css))["'`]/g,
];

/** Paths (relative to the build root) that `source`, at `from`, refers to. */
export function referencedFiles(source: string, from: string): string[] {
	const found = new Set<string>();
	for (const pattern of REFERENCES) {
		for (const match of source.matchAll(pattern)) {
			const specifier = match[1];
			if (!specifier || /^[a-z-]+:/i.test(specifier)) continue; // other origins and schemes are not ours
			const path = specifier.startsWith('/')
				? specifier.slice(1)
				: specifier.startsWith('.')
					? posix.join(posix.dirname(from), specifier)
					: specifier;
			found.add(posix.normalize(path));
		}
	}
	return [...found];
}

/**
 * Every file the content scripts of `manifestJson` load, in the order found, each once. `read` returns a file's
 * text, or undefined when the build has no such file (a specifier that only looks like a path).
 */
export function contentScriptFiles(manifestJson: string, read: (path: string) => string | undefined): string[] {
	const manifest = ManifestSchema.parse(JSON.parse(manifestJson));
	const listed = (manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
	const seen: string[] = [];
	const visit = (path: string, required: boolean): void => {
		if (seen.includes(path)) return;
		const source = read(path);
		if (source === undefined) {
			if (required) throw new Error(`the manifest names ${path}, which the build lacks`);
			return;
		}
		seen.push(path);
		if (path.endsWith('.js') || path.endsWith('.mjs'))
			for (const referenced of referencedFiles(source, path)) visit(referenced, false);
	};
	for (const path of listed) visit(posix.normalize(path), true);
	return seen;
}
