/**
 * The overlay's own tiny renderer (issue #14: Preact stays out of the content script). A tree of elements is
 * patched onto the DOM nodes of the previous pass, so focus, caret, scroll and a textarea's value survive the
 * re-render that follows every portal mutation frame. Children are matched by `key` or by position (flatten).
 * Components are plain functions, called when the JSX is built; local state lives in controller objects
 * (overlay.tsx, step-panel.tsx). No HTML strings, ever.
 * Our buttons carry no `type="button"`: the shadow root holds no form, and a button's form is found only in its own
 * tree, so the default `submit` submits nothing (issue #14: every attribute counts in the content script).
 */

/** What may stand in JSX children. */
export type Child = VNode | string | number | boolean | null | undefined | readonly Child[];
/** An element to be: its tag, its attributes (and children) and its key among its siblings. */
export type VNode = {readonly type: string; readonly props: Props; readonly key: string | undefined};
/** Gets the element after every pass, `null` before it (the caller resets it, see overlay.tsx). */
export type Ref<E extends Element = Element> = {current: E | null};

type Handler<E extends Event> = (event: E) => void;
/** Attributes by their HTML name (`class`, `tabIndex`, `aria-*`, `data-*`), `value` as the live property. */
export type Props = {
	children?: Child;
	ref?: Ref;
	/** A field's live value (not its default): set only when it differs, so the caret stays. */
	value?: string;
	style?: Readonly<Record<string, string>>;
	onClick?: Handler<MouseEvent>;
	onDblClick?: Handler<MouseEvent>;
	onMouseDown?: Handler<MouseEvent>;
	onMouseUp?: Handler<MouseEvent>;
	onContextMenu?: Handler<MouseEvent>;
	onPointerDown?: Handler<PointerEvent>;
	onPointerUp?: Handler<PointerEvent>;
	onKeyDown?: Handler<KeyboardEvent>;
	[attribute: string]: unknown;
};

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

function patchProps(element: HTMLElement, state: Past, props: Props): void {
	const before = state.props;
	for (const name in {...before, ...props}) {
		const value = props[name];
		const old = before[name];
		if (name === 'children' || name === 'ref') continue;
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
		// The element's own handler property (`onclick`): one handler per type, replaced in place. Our handlers
		// return nothing, so none cancels its event the way a handler property's `false` would.
		else if (name.startsWith('on'))
			(element as unknown as Record<string, unknown>)[name.toLowerCase()] = value ?? null;
		// As Preact: `false` drops an attribute, except `aria-*` and `data-*`, which say "false" (and `true`).
		else if (value == null || (value === false && name[4] !== '-')) element.removeAttribute(name);
		else element.setAttribute(name, value as string); // the DOM writes numbers and `true` as text itself
	}
	// A node that now plays another part (same tag, same place) is no longer what its old ref names.
	if (before.ref !== props.ref && before.ref?.current === element) before.ref.current = null;
	state.props = props;
	if (props.ref) props.ref.current = element;
}

/** Takes a node out; the refs to it and to its descendants become `null`, as Preact's do. */
function unmount(node: ChildNode): void {
	node.remove();
	const forget = (gone: Node): void => {
		const ref = past.get(gone)?.props.ref;
		if (ref?.current === gone) ref.current = null;
		gone.childNodes.forEach(forget);
	};
	forget(node);
}

/** Makes `parent`'s children what `tree` says, reusing the nodes of the last pass where they match. */
export function render(tree: Child, parent: Node): void {
	const state = pastOf(parent);
	const doc = parent.ownerDocument ?? (parent as Document);
	const children = new Map<string, ChildNode>();
	for (const [id, child] of flatten(tree, '', [])) {
		let node = state.children.get(id);
		if (typeof child === 'string') {
			if (node?.nodeType !== 3) node = doc.createTextNode(child);
			else if ((node as Text).data !== child) (node as Text).data = child;
		} else {
			// Our tags are lower-case HTML names: an element's localName is its tag.
			if (!node || (node as Element).localName !== child.type) node = doc.createElement(child.type);
			patchProps(node as HTMLElement, pastOf(node), child.props);
			render(child.props.children, node);
		}
		children.set(id, node);
	}
	const kept = new Set(children.values());
	for (const node of state.children.values()) if (!kept.has(node)) unmount(node);
	// Only nodes out of place move: moving a node would take the keyboard focus from it.
	let index = 0;
	for (const node of kept) {
		const here = parent.childNodes[index++] ?? null;
		if (here !== node) parent.insertBefore(node, here);
	}
	state.children = children;
}
