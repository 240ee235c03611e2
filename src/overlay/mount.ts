import {render, type Act, type Child} from './dom/render';

export const ROOT_ID = 'eiam-assist-root';

export type OverlayHost = {
	readonly host: HTMLElement;
	readonly shadow: ShadowRoot;
	/** Draws `tree` into the shadow root; `act` runs the actions its handlers name. */
	render(tree: Child, act: Act): void;
};

/**
 * Creates `#eiam-assist-root` with an open shadow root (testing contract, shared/DESIGN.md) and returns a handle.
 * It lives as long as the page: nothing unmounts it (the next extension instance, after an update, replaces it).
 * The host takes no space in the portal's layout; all our styles live inside the shadow root, never in the page.
 * It hangs off <html>, not <body>, so an SPA that re-renders its body does not throw it away.
 */
export function mountOverlay(doc: Document, css: string): OverlayHost {
	doc.getElementById(ROOT_ID)?.remove(); // left over from a previous extension instance (update/reload)
	const host = doc.createElement('div');
	host.id = ROOT_ID;
	// Absolute, zero-size, top-left: no layout impact; children position themselves in document coordinates.
	host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483000;';
	const shadow = host.attachShadow({mode: 'open'});
	const style = doc.createElement('style');
	style.textContent = css;
	shadow.append(style);
	const container = doc.createElement('div');
	shadow.append(container);
	doc.documentElement.append(host);
	return {
		host,
		shadow,
		render(tree, act) {
			render(tree, container, act);
		},
	};
}
