import * as esbuild from 'esbuild';
import {readFileSync} from 'node:fs';
const mods = process.argv.slice(2);
const r = await esbuild.build({
  entryPoints: ['src/content/main.ts'], bundle: true, minify: true, format: 'iife', write: false, metafile: true,
  jsx: 'automatic', jsxImportSource: 'preact', target: 'es2022', outfile: '/tmp/sz/out.js', external: ['zod', 'zod/*', 'webextension-polyfill'],
  plugins: [{name: 'inline', setup(b) { b.onResolve({filter: /\?inline$/}, a => ({path: new URL(a.path.replace('?inline',''), 'file://' + a.resolveDir + '/').pathname, namespace: 'inl'})); b.onLoad({filter: /.*/, namespace: 'inl'}, a => ({contents: 'export default ' + JSON.stringify(readFileSync(a.path, 'utf8')), loader: 'js'})); }}],
});
for (const [p, v] of Object.entries(r.metafile.inputs)) for (const i of v.imports) if (mods.some(m=>i.path.endsWith(m)) && i.kind !== 'import-statement-type') {
  const src = readFileSync(p,'utf8'); const line = src.split('\n').find(l => l.includes(i.original ?? '###')) ?? '';
  console.log(p.padEnd(40), line.trim());
}
