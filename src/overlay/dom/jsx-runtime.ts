import type {Child, Props, VNode} from './render';

/**
 * The automatic JSX runtime of the overlay (`/** @jsxImportSource ./dom *\/` in each overlay file): an element
 * becomes a plain object for render.ts, a component is called at once (it is a pure function of its props).
 */
export function jsx(type: string | ((props: Props) => Child), props: Props, key?: string): Child {
	return typeof type === 'function' ? type(props) : ({type, props, key} satisfies VNode);
}
export {jsx as jsxs, jsx as jsxDEV};

export function Fragment({children}: {children?: Child}): Child {
	return children;
}

// TypeScript finds the JSX types through this namespace of the runtime module; there is no other way to name them.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace JSX {
	type Element = Child;
	interface IntrinsicElements {
		[tag: string]: Props & {key?: string};
	}
	interface IntrinsicAttributes {
		key?: string;
	}
	interface ElementChildrenAttribute {
		children: unknown;
	}
}
