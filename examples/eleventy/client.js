// The page's one script: Lit's hydration support, loaded before any element, then the elements
// the pages use. Bundled into _site/elements.js by build.mjs.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'alliance-elements/principle.js';
import 'alliance-elements/exercise-timer.js';
