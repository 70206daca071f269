#!/usr/bin/env bash
# Every check, on a fresh machine: installs what is missing (browsers, npm packages), then
# type-checks, lints, builds (the manifest, editor files and framework types too), imports every
# module of the build in Node, proves the lint rules against unsafe directives fire, installs the
# packed package in a fresh project and uses it as a consumer would, renders every element on a
# server and hydrates it (and the Eleventy example), server-renders and hydrates the React
# components, plays the check-in on two phones in two browser contexts, hears the exercise timer's
# spoken cues on time in Chromium with the tab in front and hidden (as root it first sets up a local
# voice: scripts/speech-setup.sh), runs the tests in Chromium and Firefox, builds Storybook and runs
# the story tests.
# The last line is the plain count: "checks: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export STORYBOOK_DISABLE_TELEMETRY=1 DEBIAN_FRONTEND=noninteractive

find_first() { for c in "$@"; do command -v "$c" 2>/dev/null && return 0; done; return 1; }
CHROME_PATH=${CHROME_PATH:-$(find_first chromium chromium-browser google-chrome-stable google-chrome || true)}
FIREFOX_PATH=${FIREFOX_PATH:-$(find_first firefox-esr firefox || true)}

if [ -z "$CHROME_PATH" ] || [ -z "$FIREFOX_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium and Firefox ESR with apt-get ..."
    apt-get update -qq
    apt-get install -y -qq chromium firefox-esr >/dev/null
    CHROME_PATH=$(find_first chromium); FIREFOX_PATH=$(find_first firefox-esr)
  else
    echo "The tests need Chromium and Firefox. Install them (Debian: apt-get install chromium firefox-esr)," >&2
    echo "or point CHROME_PATH and FIREFOX_PATH at the browsers' executables." >&2
    exit 1
  fi
fi
export CHROME_PATH FIREFOX_PATH
echo "Chromium: $CHROME_PATH"
echo "Firefox:  $FIREFOX_PATH"

# Install exactly what the lockfile says, unless that is already what node_modules holds.
if [ "${CI:-}" = true ] || [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.package-lock.json.ci 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.ci
fi

mkdir -p .check
step() { echo; echo "== $*"; "$@"; }
# The build first: it makes custom-elements.json, which Storybook's files (type-checked next) read.
step npm run build --silent
step npm run typecheck --silent
step npm run lint --silent
step npm run size --silent
# Counted checks in Node: every module of dist/ imports on a server with no DOM, and the lint
# rules that keep strings out of markup fire.
set +e
echo; echo "== every module of dist/ imports in Node"
node scripts/node-import.mjs 2>&1 | tee .check/node-import.log
node_import_status=${PIPESTATUS[0]}
echo; echo "== the lint rules against unsafe directives fire"
node scripts/lint-rules.mjs 2>&1 | tee .check/lint-rules.log
lint_rules_status=${PIPESTATUS[0]}
echo; echo "== every shipped sentence is the library's own wording of the source texts"
node scripts/own-words.mjs 2>&1 | tee .check/own-words.log
own_words_status=${PIPESTATUS[0]}
echo; echo "== the README and Storybook name every element and demo page"
node scripts/docs-lists.mjs 2>&1 | tee .check/docs-lists.log
docs_lists_status=${PIPESTATUS[0]}
echo; echo "== the packed package in a fresh project: exports, types, a bundle, React, Vue and Svelte types"
node scripts/consumer-test.mjs 2>&1 | tee .check/consumer-test.log
consumer_status=${PIPESTATUS[0]}
echo; echo "== server rendering: Lit SSR with no DOM shim, JavaScript off, then hydration; the Eleventy example"
node scripts/ssr-test.mjs 2>&1 | tee .check/ssr-test.log
ssr_status=${PIPESTATUS[0]}
echo; echo "== React components rendered on the server with React 19 and hydrated in Chromium"
node scripts/react-test.mjs 2>&1 | tee .check/react-test.log
react_status=${PIPESTATUS[0]}
echo; echo "== the same React components with React 18, server-rendered and hydrated"
node scripts/react-test.mjs --react=18 2>&1 | tee .check/react18-test.log
react18_status=${PIPESTATUS[0]}
echo; echo "== two phones in two browser contexts, Chromium and Firefox: the check-in's round trip"
node scripts/two-phones-test.mjs 2>&1 | tee .check/two-phones-test.log
two_phones_status=${PIPESTATUS[0]}
echo; echo "== spoken cues: a local voice says each of the timer's steps on time, the tab in front and hidden"
# Root (CI, a fresh Debian 12) installs speech-dispatcher, espeak-ng and a silent PulseAudio here;
# anyone else needs it done once as root. Without it the speech test fails: it never skips.
if [ "$(id -u)" = 0 ]; then
  sh scripts/speech-setup.sh || echo "scripts/speech-setup.sh failed: Chromium will have no voice, so the speech test fails." >&2
elif ! command -v speech-dispatcher >/dev/null; then
  echo "speech-dispatcher is not installed: run \`sh scripts/speech-setup.sh\` as root once. The speech test fails without it." >&2
fi
node scripts/speech-test.mjs 2>&1 | tee .check/speech-test.log
speech_status=${PIPESTATUS[0]}
set -e
echo; echo "== tests in Chromium and Firefox"
set +e
BROWSERS=chromium,firefox npx wtr --coverage 2>&1 | tee .check/wtr.log
wtr_status=${PIPESTATUS[0]}
set -e
step npm run build-storybook --silent
echo; echo "== story tests"
set +e
npx vitest run --project=storybook --reporter=default --reporter=json --outputFile.json=.check/stories.json
stories_status=$?
set -e

node -e '
const fs = require("fs");
const count = (log) => {
  let text = "";
  try { text = fs.readFileSync(log, "utf8"); } catch {}
  const line = (text.match(/^(\d+) passed, (\d+) failed/gm) ?? []).pop() ?? "0 passed, 1 failed";
  return line.match(/\d+/g).map(Number);
};
let p = 0, f = 0;
for (const log of [".check/node-import.log", ".check/lint-rules.log", ".check/own-words.log", ".check/docs-lists.log", ".check/consumer-test.log", ".check/ssr-test.log", ".check/react-test.log", ".check/react18-test.log", ".check/two-phones-test.log", ".check/speech-test.log", ".check/wtr.log"]) {
  const [lp, lf] = count(log);
  p += lp; f += lf;
}
try {
  const s = JSON.parse(fs.readFileSync(".check/stories.json", "utf8"));
  p += s.numPassedTests; f += s.numFailedTests + (s.success || s.numTotalTests ? 0 : 1);
} catch { f += 1; }
if (process.argv.slice(1).some(Number)) f = Math.max(f, 1);
console.log(`\nchecks: ${p} passed, ${f} failed`);
' "$wtr_status" "$stories_status" "$node_import_status" "$lint_rules_status" "$own_words_status" "$consumer_status" "$docs_lists_status" "$ssr_status" "$react_status" "$react18_status" "$two_phones_status" "$speech_status"
[ "$wtr_status" = 0 ] && [ "$stories_status" = 0 ] && [ "$node_import_status" = 0 ] && [ "$lint_rules_status" = 0 ] && [ "$own_words_status" = 0 ] && [ "$docs_lists_status" = 0 ] && [ "$consumer_status" = 0 ] && [ "$ssr_status" = 0 ] && [ "$react_status" = 0 ] && [ "$react18_status" = 0 ] && [ "$two_phones_status" = 0 ] && [ "$speech_status" = 0 ]
