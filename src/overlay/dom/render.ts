/**
 * The overlay's own tiny renderer (issue #14: Preact stays out of the content script). The background builds the
 * tree (src/overlay, plain data, its handlers named as actions); here it is patched onto the DOM nodes of the
 * previous pass, so focus, caret, scroll and a textarea's value survive the re-render that follows every portal
 * mutation frame. Children are matched by `key` or by position (flatten). Components are plain functions, called when
 * the JSX is built. No HTML strings, ever.
 * Our buttons carry no `type="button"`: the shadow root holds no form, and a button's form is found only in its own
 * tree, so the default `submit` submits nothing.
 */
import type {Action} from '../view';

/** What may stand in JSX children. */
export type Child = VNode | string | number | boolean | null | undefined | readonly Child[];
/** An element to be: its tag, its attributes (and children) and its key among its siblings. */
export type VNode = {readonly type: string; readonly props: Props; readonly key: string | undefined};

/** Attributes by their HTML name (`class`, `tabIndex`, `aria-*`, `data-*`), `value` as the live property. */
export type Props = {
	children?: Child;
	/** A field's live value (not its default): set only when it differs, so the caret stays. */
	value?: string;
	style?: Readonly<Record<string, string>>;
	onClick?: Action;
	onDblClick?: Action;
	onMouseDown?: Action;
	onMouseUp?: Action;
	onContextMenu?: Action;
	onPointerDown?: Action;
	onPointerUp?: Action;
	onKeyDown?: Action;
	[attribute: string]: unknown;
};

/** Does what a control's action says, for the event that triggered it (overlay-client.ts). */
export type Act = (action: Action, event: Event) => void;

/** What a node of ours remembers of the last pass. */
type Past = {
	props: Props;
	children: Map<string, ChildNode>;
};
const past = new WeakMap<Node, Past>();

function pastOf(node: Node): Past {
	let state = past.get(node);
	if (!state) past.set(node, (state = {props: {}, children: new Map()}));
	return state;
}

/**
 * The children to draw, each with its place: the index in its array, or `k` and its key, below the place of the
 * array. A `false` keeps its index (as in Preact), so what follows a conditional or a list keeps its node.
 */
function flatten(child: Child, place: string, into: [string, VNode | string][]): [string, VNode | string][] {
	if (Array.isArray(child))
		(child as readonly Child[]).forEach((item, index) => {
			const key = (item as Partial<VNode> | null | undefined)?.key;
			flatten(item, `${place}/${key === undefined ? index : `k${key}`}`, into);
		});
	else if (child != null && typeof child !== 'boolean')
		into.push([place, typeof child === 'object' ? (child as VNode) : String(child)]);
	return into;
}

function patchProps(element: HTMLElement, state: Past, props: Props, act: Act): void {
	const before = state.props;
	for (const name in {...before, ...props}) {
		const value = props[name];
		const old = before[name];
		if (name === 'children') continue;
		if (name === 'value') {
			const field = element as HTMLTextAreaElement;
			if (field.value !== props.value) field.value = props.value ?? '';
		} else if (name === 'style') {
			const next = (value ?? {}) as Record<string, string>;
			const last = (old ?? {}) as Record<string, string>;
			// CSSOM, not a style attribute: a page's CSP without 'unsafe-inline' cannot block it.
			const style = element.style as unknown as Record<string, string>;
			for (const key in {...last, ...next}) if (next[key] !== last[key]) style[key] = next[key] ?? '';
		} else if (value === old) continue;
		// The element's own handler property (`onclick`): one handler per type, replaced in place. It returns
		// nothing, so it never cancels its event the way a handler property's `false` would.
		else if (name.startsWith('on'))
			(element as unknown as Record<string, unknown>)[name.toLowerCase()] =
				value && ((event: Event): void => act(value as Action, event));
		// As Preact: `false` drops an attribute, except `aria-*` and `data-*`, which say "false" (and `true`).
		else if (value == null || (value === false && name[4] !== '-')) element.removeAttribute(name);
		else element.setAttribute(name, value as string); // the DOM writes numbers and `true` as text itself
	}
	state.props = props;
}

/**
 * Makes `parent`'s children what `tree` says, reusing the nodes of the last pass where they match; `act` runs the
 * actions its handlers name.
 */
export function render(tree: Child, parent: Element, act: Act): void {
	const state = pastOf(parent);
	const doc = parent.ownerDocument;
	const children = new Map<string, ChildNode>();
	for (const [id, child] of flatten(tree, '', [])) {
		let node = state.children.get(id);
		if (typeof child === 'string') {
			if (node?.nodeType !== 3) node = doc.createTextNode(child);
			else if ((node as Text).data !== child) (node as Text).data = child;
		} else {
			// Our tags are lower-case HTML names: an element's localName is its tag.
			if (!node || (node as Element).localName !== child.type) node = doc.createElement(child.type);
			patchProps(node as HTMLElement, pastOf(node), child.props, act);
			render(child.props.children, node as HTMLElement, act);
		}
		children.set(id, node);
	}
	const kept = new Set(children.values());
	for (const node of state.children.values()) if (!kept.has(node)) node.remove();
	// Only nodes out of place move: moving a node would take the keyboard focus from it.
	let index = 0;
	for (const node of kept) {
		const here = parent.childNodes[index++] ?? null;
		if (here !== node) parent.insertBefore(node, here);
	}
	state.children = children;
}
