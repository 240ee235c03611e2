// @ts-check
import tseslint from 'typescript-eslint';

/** Restrictions that teach: each message names what to use instead (after refined-github's restricted-syntax). */
const restrictedSyntax = [
	{
		selector: 'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
		message:
			'Build DOM with JSX (Preact in the pages, overlay/dom in the overlay) or createElement/textContent; HTML strings are an injection risk.',
	},
	{
		selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
		message: 'Use JSX or createElement/textContent.',
	},
	{selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as JSX children.'},
	{selector: "CallExpression[callee.name='eval']", message: 'No eval: no remote or generated code.'},
	{selector: "NewExpression[callee.name='Function']", message: 'No new Function: no generated code.'},
	{selector: "CallExpression[callee.name='fetch']", message: 'The extension makes no network requests.'},
	{
		selector: 'NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/]',
		message: 'The extension makes no network requests.',
	},
	{
		selector: "CallExpression[callee.name='setInterval']",
		message: 'No polling: react to MutationObserver, events or ResizeObserver (PERFORMANCE.md).',
	},
	{
		selector: "MemberExpression[object.name='chrome']",
		message: 'Import `browser` from src/shared/browser.ts instead of using chrome.* directly.',
	},
];

const layer = (from, patterns, why) => ({
	files: [`src/${from}/**/*.{ts,tsx}`],
	rules: {'no-restricted-imports': ['error', {patterns: patterns.map((group) => ({group: [group], message: why}))}]},
});

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'artifacts/**',
			'node_modules/**',
			'test/replica/screenshots/**',
			// The Angular replica is its own package (TypeScript 5.9, Angular's strict template checks); only its
			// Node-side files (respond.ts, build script) are linted here.
			'test/replica-ng/src/**',
			'test/replica-ng/node_modules/**',
			'test/replica-ng/.angular/**',
			'test/replica-ng/screenshots/**',
			'test/unit/portal/snapshots/**/*.html',
		],
	},
	...tseslint.configs.strictTypeChecked,
	{
		languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
		rules: {
			'@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true}],
			'@typescript-eslint/no-confusing-void-expression': 'off',
			'@typescript-eslint/no-unnecessary-condition': ['error', {allowConstantLoopConditions: true}],
		},
	},
	{
		files: ['src/**/*.{ts,tsx}'],
		rules: {
			'no-restricted-syntax': ['error', ...restrictedSyntax],
			'@typescript-eslint/explicit-module-boundary-types': 'error',
		},
	},
	// Layer rules (STYLE.md): portal knows nothing of our UI; UI never reads portal markup; guides and wizard are pure.
	layer(
		'portal',
		[
			'**/overlay/**',
			'**/popup/**',
			'**/guides/**',
			'**/engine/**',
			'preact',
			'preact/*',
			'webextension-polyfill',
			'**/shared/browser',
		],
		'src/portal is pure knowledge of the portal: no UI, no guides, no browser APIs.',
	),
	layer(
		'overlay',
		['**/portal/**', 'webextension-polyfill', 'preact', 'preact/*'],
		'The overlay renders a view model with its own renderer (src/overlay/dom, no Preact in the content script: issue #14); only src/content wires the portal in.',
	),
	layer(
		'content',
		['preact', 'preact/*'],
		'The content script carries no Preact (issue #14): the overlay renders with src/overlay/dom.',
	),
	layer(
		'popup',
		['**/portal/**', '**/overlay/**', 'webextension-polyfill'],
		'The popup talks to the portal tab through messages (src/shared/messaging.ts).',
	),
	layer(
		'guides',
		[
			'**/portal/**',
			'**/overlay/**',
			'**/engine/**',
			'preact',
			'preact/*',
			'webextension-polyfill',
			'**/shared/browser',
		],
		'Guides are data: zod and src/shared only.',
	),
	layer(
		'wizard',
		[
			'**/portal/**',
			'**/overlay/**',
			'**/engine/**',
			'preact',
			'preact/*',
			'webextension-polyfill',
			'**/shared/browser',
		],
		'The wizard logic is pure: zod and src/shared only.',
	),
	layer(
		'spiges',
		[
			'**/portal/**',
			'**/overlay/**',
			'**/popup/**',
			'**/guides/**',
			'**/engine/**',
			'**/wizard/**',
			'**/review/**',
			'preact',
			'preact/*',
			'webextension-polyfill',
			'**/shared/browser',
		],
		'src/spiges is what the SpiGes handbook says (roles, categories): pure data, zod and src/shared only.',
	),
	layer(
		'review',
		[
			'**/overlay/**',
			'**/popup/**',
			'**/guides/**',
			'**/engine/**',
			'preact',
			'preact/*',
			'webextension-polyfill',
			'**/shared/browser',
		],
		'The access review is pure: it judges the rows src/portal read (with the wizard’s private-domain list) and builds the CSV; src/content wires it to the overlay.',
	),
	layer(
		'engine',
		['**/portal/**', '**/overlay/**', 'preact', 'preact/*'],
		'The engine gets the portal and the overlay injected by src/content/main.ts.',
	),
	{
		files: ['test/**/*.{ts,tsx}'],
		rules: {
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-floating-promises': 'error',
		},
	},
	{files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked},
);
