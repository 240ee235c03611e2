import preact from '@preact/preset-vite';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Two projects: `unit` (pure logic, happy-dom where a DOM is needed) and `e2e` (real browsers with the built
// extension; one file at a time, the machine has two cores).
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	plugins: [preact()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.{ts,tsx}'],
					environment: 'node',
					// The portal's words, as the background installs them in a portal page (label-table.ts).
					setupFiles: ['test/setup/portal-labels.ts'],
					// The extras script's styles, as it brings them into the overlay (extras-link.test.ts).
					css: {include: [/src\/overlay\/extras\.css/]},
					// Speed is the benchmark's business (npm run bench): a 300-row happy-dom fixture took over the
					// default 5 s on a loaded 2-core machine, which says nothing about the logic under test.
					testTimeout: 30_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.e2e.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// A busy 2-core CI machine runs the browser and the test side by side: give UI polls room.
					expect: {poll: {timeout: 8_000}},
				},
			},
		],
	},
});
