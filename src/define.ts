// Registers every alliance element. The one-script-tag bundle starts here. The order is the
// one that compresses best (gzip finds more of each element's code in the one before it); no
// element depends on another being defined first.
import './components/provider/define.js';
import './components/exercise-timer/define.js';
import './components/principle/define.js';
import './components/principles/define.js';
import './components/offer/define.js';
import './components/practice/define.js';
import './components/check-in/define.js';
import './components/worksheet/define.js';
