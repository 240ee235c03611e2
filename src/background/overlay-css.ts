import css from '../overlay/overlay.css?inline';

/**
 * The overlay's style sheet, sent to each portal page (`bg:overlay-css`, src/content/overlay-css-link.ts): data the
 * content script applies in its shadow root but need not carry (issue #14, size; no web_accessible_resources).
 */
export const OVERLAY_CSS: string = css;
