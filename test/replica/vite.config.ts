import preact from '@preact/preset-vite';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vite';

// Builds the portal replica into dist/replica. Its assets are served under /__replica/ on the portal host
// (test/replica/respond.ts); every /portal/adminservice/app/… route answers with its index.html, like Angular.
export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: '/__replica/',
	plugins: [preact()],
	build: {
		outDir: fileURLToPath(new URL('../../dist/replica', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022',
	},
});
