// A blog built with Eleventy, where the elements are rendered into the HTML at build time:
// a principle card and the exercise timer read before, or without, JavaScript, and wake up
// (hydrate) once the page's script loads. `node examples/eleventy/build.mjs` builds it into
// examples/eleventy/_site/.
import { fileURLToPath } from 'node:url';
import litPlugin from '@lit-labs/eleventy-plugin-lit';

const dist = (path) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    // The npm build's element modules: only the elements the pages use.
    componentModules: [dist('components/principle/define.js'), dist('components/exercise-timer/define.js')],
  });
  return { dir: { input: 'src', output: '_site' } };
}
