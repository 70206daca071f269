// Registers every alliance element. The one-script-tag bundle starts here.
import './components/provider/define.js';
import './components/principle/define.js';
import './components/principles/define.js';
import './components/exercise-timer/define.js';
import './components/offer/define.js';
import './components/practice/define.js';
import './components/check-in/define.js';
import './components/worksheet/define.js';
