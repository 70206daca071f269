// Builds the Eleventy example into examples/eleventy/_site/: the pages, with the elements
// rendered into them, and elements.js, the hydration script. Needs `npm run build` first.
// `node examples/eleventy/build.mjs`; prints the pages written.
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import Eleventy from '@11ty/eleventy';

const here = fileURLToPath(new URL('.', import.meta.url));
process.chdir(here);

const bundle = await rollup({
  input: 'client.js',
  // The package by its name, as a blog's own build would import it.
  plugins: [{ name: 'this-package', resolveId: (id) => (id.startsWith('alliance-elements/') ? fileURLToPath(new URL(`../../dist/components/${id.slice(18, -3)}/define.js`, import.meta.url)) : null) }, nodeResolve()],
  onwarn: (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning)),
});
// Languages other than English load on demand, as chunks beside it.
await bundle.write({ dir: '_site', entryFileNames: 'elements.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' });
await bundle.close();

const eleventy = new Eleventy('src', '_site', { configPath: 'eleventy.config.js', quietMode: true });
const written = await eleventy.write();
for (const page of written.flat().filter((p) => p?.outputPath)) console.log(`wrote ${page.outputPath}`);
