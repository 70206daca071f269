// Spoken cues, on time: <alliance-exercise-timer voice="on"> in headless Chromium with a voice of
// the machine's own (espeak-ng through speech-dispatcher, set up by scripts/speech-setup.sh),
// driven by Puppeteer, whose tabs really go to the background when another comes to the front
// (Playwright's stay visible). Each step's utterance must start within 250 ms of the step's time:
// the Start press plus the step's `at`, moved on by every pause, all read on the page's clock.
// That is with the tab in front, and hidden (every step after the first, the first being said at
// the press). Every step is said once; Pause, shifting position and Stop cut the speech short,
// and Resume, the shift's end and Carry on repeat nothing; the end is said; no request leaves the
// page's origin. Prints each step's lateness, and where it went: the timer's own step event
// against the same time, and speak() to the utterance's start (the speech system's delay).
// Three runs of 15 s of exercise, the last with 5 s of pauses: about 55 s in all.
// Needs `npm run build` first. Ends with one line: "N passed, N failed".
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const failures = [];
let passed = 0;
const check = (condition, message, detail = '') => {
  if (condition) {
    passed++;
    console.log(`ok   ${message}`);
  } else {
    failures.push(message);
    console.error(`FAIL ${message}${detail ? `: ${detail}` : ''}`);
  }
};
const finish = () => {
  console.log(`${passed} passed, ${failures.length} failed`);
  process.exitCode = failures.length ? 1 : 0;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** How late an utterance may start after its step's time. */
const LATE_MS = 250;
/** How soon after a pause or Stop nothing may be speaking any more. */
const HUSH_MS = 300;
const ADJUST_SECONDS = 3;
// Short texts, each said in about 1.5 s at the timer's default speed: one ends before the next
// step, so that each is timed on its own, yet it is still being said half a second in.
const TEXTS = ['Settle in together.', 'Breathe in slowly.', 'Soften your shoulders.', 'Notice the warmth.', 'Breathe out slowly.', 'Stay a little longer.'];
const STEPS = TEXTS.map((text, i) => ({ at: i * 2.5, text }));

if (!existsSync(join(root, 'dist/cdn/exercise-timer.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  check(false, 'the build is there');
  finish();
  process.exit();
}
const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
if (!onPath('speech-dispatcher') && !existsSync('/usr/bin/speech-dispatcher')) {
  check(
    false,
    'speech-dispatcher is installed (Chromium speaks through it)',
    'it is not: run `sh scripts/speech-setup.sh` as root (it installs speech-dispatcher, speech-dispatcher-espeak-ng and pulseaudio, and starts a silent sound server)',
  );
  finish();
  process.exit();
}

// The page: the timer and a record of every utterance, every event and every press, each with
// performance.now() (one clock for all). Made here, so that it lives with what it is for.
const testPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Spoken cues</title>
    <link rel="icon" href="data:," />
    <script>
      window.rec = { calls: [], events: [], clicks: [], after: [] };
      const now = () => performance.now();
      const synth = window.speechSynthesis;
      const speak = synth.speak.bind(synth);
      synth.speak = (utterance) => {
        const call = { text: utterance.text, at: now(), voice: utterance.voice?.name, local: utterance.voice?.localService, lang: utterance.lang };
        rec.calls.push(call);
        utterance.addEventListener('start', () => {
          call.start = now();
          call.visibility = document.visibilityState;
        });
        utterance.addEventListener('end', () => (call.end = now()));
        utterance.addEventListener('error', (event) => {
          call.error = event.error;
          call.errorAt = now();
        });
        return speak(utterance);
      };
      // How long making the AudioContext takes (the Start press makes it, before the run starts).
      const Audio = window.AudioContext;
      window.AudioContext = class extends Audio {
        constructor(options) {
          const t = now();
          super(options);
          rec.audioContextMs = now() - t;
        }
      };
      addEventListener('click', (event) => event.isTrusted && rec.clicks.push({ t: now(), target: event.composedPath()[0]?.className }), true);
    </script>
    <script type="module" src="/dist/cdn/exercise-timer.js"></script>
  </head>
  <body>
    <alliance-exercise-timer voice="on" minutes="0.25" adjust-seconds="${ADJUST_SECONDS}" no-vibrate></alliance-exercise-timer>
    <script type="module">
      const timer = document.querySelector('alliance-exercise-timer');
      timer.steps = ${JSON.stringify(STEPS)};
      for (const type of ['start', 'step', 'pause', 'resume', 'stop', 'complete']) {
        timer.addEventListener('alliance-timer-' + type, (event) => {
          const t = now();
          rec.events.push({ type, t, index: event.index, text: event.text, adjusting: event.adjusting, automatic: event.automatic, visibility: document.visibilityState, speaking: speechSynthesis.speaking });
          if (type === 'pause' || type === 'stop') {
            setTimeout(() => rec.after.push({ type, t, speaking: speechSynthesis.speaking, pending: speechSynthesis.pending }), ${HUSH_MS});
          }
          if (type === 'complete') timer.updateComplete.then(() => (rec.completeText = timer.shadowRoot.querySelector('[role=status]')?.textContent.trim()));
        });
      }
    </script>
  </body>
</html>
`;

// The page and a copy of dist/cdn/ taken now (a rebuild while this runs does not change what is heard).
const cdn = await mkdtemp(join(tmpdir(), 'alliance-speech-'));
await cp(join(root, 'dist/cdn'), cdn, { recursive: true });
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };
const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (pathname === '/speech-test.html') return response.writeHead(200, { 'content-type': types['.html'] }).end(testPage);
  const path = join(cdn, pathname.replace(/^\/dist\/cdn\//, ''));
  if (!pathname.startsWith('/dist/cdn/') || !path.startsWith(cdn + sep) || !existsSync(path)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

/**
 * Asks the page every `every` ms until `fn` gives a truthy answer (polled from here: a hidden
 * page's own timers are slowed).
 */
async function until(page, fn, arg, what, timeout = 20_000, every = 40) {
  const end = Date.now() + timeout;
  for (;;) {
    const answer = await page.evaluate(fn, arg);
    if (answer) return answer;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(every);
  }
}

const press = (page, button) => page.click(`alliance-exercise-timer >>> button.${button}`);
const signed = (ms) => `${ms >= 0 ? '+' : '−'}${Math.abs(Math.round(ms))}`;

/**
 * When each moment of exercise time fell due on the page's clock: the run's stretches between
 * pauses, from the person's presses (Start, Pause, Resume, Stop, Carry on: the trusted click
 * that made each of the timer's events) and from a shifting-position pause's press plus
 * `adjust-seconds`, when the timer carries on by itself.
 */
function stretches({ events, clicks }) {
  const pressed = (e) => clicks.filter((c) => c.t <= e.t).at(-1)?.t ?? e.t;
  const out = [];
  let running;
  let paused;
  for (const e of events) {
    if (e.type === 'start') out.push((running = { wall: pressed(e), ex: 0 }));
    else if ((e.type === 'pause' || e.type === 'stop') && running) {
      const t = pressed(e);
      paused = { t, ex: running.ex + (t - running.wall), adjusting: e.type === 'pause' && e.adjusting };
      running = undefined;
    } else if (e.type === 'resume' && paused) {
      out.push((running = { wall: e.automatic ? paused.t + ADJUST_SECONDS * 1000 : pressed(e), ex: paused.ex }));
      paused = undefined;
    }
  }
  return out;
}

/** The page-clock time at which exercise time `ms` was due. */
function dueAt(runs, ms) {
  const run = runs.filter((r) => r.ex <= ms).at(-1);
  return run && run.wall + (ms - run.ex);
}

/**
 * Each step's and the end's lateness: when its utterance started minus when it was due. Beside
 * it, where the time went: `timer`, the timer's step (or complete) event minus the due time;
 * `voice`, speak() to the utterance's start.
 */
function lateness(rec, plannedMs = 15_000) {
  const runs = stretches(rec);
  const measure = (call, due, event) => ({
    call,
    late: call?.start === undefined ? undefined : call.start - due,
    timer: event && event.t - due,
    voice: call?.start === undefined ? undefined : call.start - call.at,
  });
  const rows = STEPS.map((step, index) => {
    const calls = rec.calls.filter((c) => c.text === step.text);
    const event = rec.events.find((e) => e.type === 'step' && e.index === index);
    return { index, calls: calls.length, started: calls.filter((c) => c.start !== undefined).length, ...measure(calls[0], dueAt(runs, step.at * 1000), event) };
  });
  // The end: the one utterance that is no step's, the sentence the timer's live region shows.
  const others = rec.calls.filter((c) => !TEXTS.includes(c.text));
  const end = { calls: others.length, text: others[0]?.text, ...measure(others[0], dueAt(runs, plannedMs), rec.events.find((e) => e.type === 'complete')) };
  end.shown = end.text !== undefined && end.text === rec.completeText;
  return { rows, end, startMs: rec.events[0] && rec.events[0].t - runs[0].wall };
}

const onTime = (r) => r.late !== undefined && r.late >= -25 && r.late <= LATE_MS;

const said = (r) => (r.late === undefined ? 'not said' : signed(r.late));
const list = (rows) => rows.map(said).join(', ');
/** Where the time went, step by step: "timer/voice" (see lateness()). */
const detail = (rows) => rows.map((r) => `${r.timer === undefined ? '-' : signed(r.timer)}/${r.voice === undefined ? '-' : Math.round(r.voice)}`).join(', ');
const report = (label, { rows, end, startMs }, rec) =>
  console.log(
    `     ${label}, ms late (utterance start minus step time): ${list(rows)}; the end ${said(end)}\n` +
      `     ${label}, timer/voice (the timer's event late, speak() to start): ${detail(rows)}; the end ${detail([end])}` +
      (startMs === undefined ? '' : `; Start press to the run's start ${startMs.toFixed(0)} ms, making the AudioContext ${rec.audioContextMs?.toFixed(0) ?? '-'} ms`),
  );

const puppeteer = await import('puppeteer-core');
let browser;
const requests = [];
const pageErrors = [];

/** A new tab (in front) with the timer, once its spoken cues have found a voice; the status they show. */
async function openTimer() {
  const page = await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/speech-test.html`);
  const read = () => document.querySelector('alliance-exercise-timer')?.shadowRoot?.querySelector('#voice-status')?.textContent.trim() ?? '';
  const status = await until(
    page,
    () => {
      const text = document.querySelector('alliance-exercise-timer')?.shadowRoot?.querySelector('#voice-status')?.textContent.trim() ?? '';
      return text.startsWith('Voice:') && text;
    },
    undefined,
    'a voice',
    10_000,
  ).catch(async () => {
    throw new Error(`the spoken cues found no voice in 10 s: they say "${await page.evaluate(read)}"`);
  });
  return { page, status };
}

/** Silences the timer (its run ended by code, not by a press) and closes the tab. */
async function closeTimer(page) {
  await page.evaluate(async () => {
    const timer = document.querySelector('alliance-exercise-timer');
    timer.stop();
    await timer.updateComplete;
  });
  await page.close();
}

/** Waits for the run's end to be said, and returns the page's record. */
async function runEnds(page, what) {
  // Looked at now and then: what is measured is stamped in the page.
  await until(page, () => window.rec.events.some((e) => e.type === 'complete'), undefined, `the end of the ${what}`, 40_000, 250);
  return until(page, () => window.rec.completeText && window.rec.calls.find((c) => c.text === window.rec.completeText)?.start && window.rec, undefined, `the end of the ${what} said`, 5_000);
}

try {
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    // Puppeteer turns background throttling off by default; a person's browser has it on.
    ignoreDefaultArgs: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
    args: ['--enable-speech-dispatcher', '--autoplay-policy=no-user-gesture-required', '--no-sandbox'],
  });
  const began = Date.now();

  // 1. The voices, what the settings say, and a run with the tab in front all along.
  {
    const voices = await (await browser.pages())[0]
      .evaluate(
        () =>
          new Promise((resolve) => {
            const list = () => speechSynthesis.getVoices();
            const answer = () => ({ count: list().length, english: list().filter((v) => v.localService && v.lang.toLowerCase().startsWith('en')).map((v) => v.name) });
            if (list().length) return resolve(answer());
            speechSynthesis.addEventListener('voiceschanged', () => list().length && resolve(answer()));
            setTimeout(() => resolve(answer()), 10_000);
          }),
      )
      .catch(() => ({ count: 0, english: [] }));
    check(
      voices.english.length > 0,
      `Chromium lists a local English voice (${voices.english.length} of ${voices.count} voices)`,
      voices.count ? 'none with localService' : 'no voice at all: has `sh scripts/speech-setup.sh` run as root, and is Chromium started with --enable-speech-dispatcher?',
    );
    if (!voices.english.length) throw new Error('no voice to say the steps with');
  }
  {
    const { page, status } = await openTimer();
    await page.click('alliance-exercise-timer >>> details.voice > summary');
    const shown = await page.evaluate(() => {
      const root = document.querySelector('alliance-exercise-timer').shadowRoot;
      return { open: root.querySelector('details.voice').open, visible: root.querySelector('#voice-status').checkVisibility() };
    });
    const named = /^Voice: (.+), on this device\.$/.exec(status)?.[1];
    check(shown.open && shown.visible && named !== undefined, `the "Spoken cues" settings name the voice: "${status}"`, JSON.stringify({ ...shown, status }));

    await press(page, 'primary');
    const rec = await runEnds(page, 'run');
    const result = lateness(rec);
    const { rows, end } = result;
    report('visible', result, rec);
    check(rows.every(onTime), `visible: each step's voice starts within ${LATE_MS} ms of its time (${list(rows)} ms)`);
    check(rows.every((r) => r.calls === 1 && r.started === 1) && end.calls === 1, 'visible: each step is said exactly once', JSON.stringify(rec.calls.map((c) => c.text)));
    check(onTime(end) && end.shown, `visible: the end is said on time (${said(end)} ms): "${end.text}"`, `the live region shows "${rec.completeText}"`);
    check(rec.calls.every((c) => c.local === true && c.voice === named), `every utterance is in the local voice the settings name (${named})`, JSON.stringify(rec.calls.map((c) => [c.voice, c.local])));
    await closeTimer(page);
  }

  // 2. Hidden: another tab comes to the front right after Start, until the end.
  {
    const { page } = await openTimer();
    await press(page, 'primary');
    const front = await browser.newPage();
    const state = await page.evaluate(() => document.visibilityState);
    const rec = await runEnds(page, 'hidden run');
    const result = lateness(rec);
    const { rows, end } = result;
    const later = rows.slice(1);
    const hidden = rec.events.filter((e) => (e.type === 'step' && e.index > 0) || e.type === 'complete').every((e) => e.visibility === 'hidden') && [...later, end].every((r) => r.call?.visibility === 'hidden');
    report('hidden', result, rec);
    check(state === 'hidden' && hidden, "hidden: the timer's tab is hidden from just after Start to the end", `visibilityState ${state}; ${JSON.stringify(rec.events.map((e) => [e.type, e.index, e.visibility]))}`);
    check(later.every(onTime), `hidden: each step after the first starts to be said within ${LATE_MS} ms of its time (${list(later)} ms)`);
    check(rows.every((r) => r.calls === 1 && r.started === 1) && end.calls === 1 && onTime(end), `hidden: each step is said once, and the end on time (${said(end)} ms)`, JSON.stringify(rec.calls.map((c) => c.text)));
    await front.close();
    await closeTimer(page);
  }

  // 3. Pause and resume, shift position, Stop and Carry on, each half a second into a step's words.
  {
    const { page } = await openTimer();
    const saying = (index) => until(page, (text) => window.rec.calls.find((c) => c.text === text)?.start, STEPS[index].text, `step ${index} said`);
    const at = async (t) => sleep(Math.max(0, t - (await page.evaluate(() => performance.now()))));
    await press(page, 'primary');
    await at((await saying(1)) + 500);
    await press(page, 'primary');
    await sleep(1000);
    await press(page, 'primary');
    await at((await saying(2)) + 500);
    await press(page, 'shift');
    await until(page, () => window.rec.events.some((e) => e.type === 'resume' && e.automatic), undefined, 'the shifting-position pause to end', 10_000);
    await at((await saying(3)) + 500);
    await press(page, 'stop');
    await sleep(1000);
    await press(page, 'carry-on');
    const rec = await runEnds(page, 'run with pauses');
    const result = lateness(rec);
    const { rows, end } = result;
    const stops = rec.events.filter((e) => e.type === 'pause' || e.type === 'stop');
    const resumes = rec.events.filter((e) => e.type === 'resume');
    const cut = stops.map((e) => {
      // What was being said when the run paused or stopped must end at once.
      const call = rec.calls.filter((c) => c.start !== undefined && c.start < e.t).at(-1);
      const after = rec.after.find((a) => a.t === e.t);
      return {
        what: e.type === 'stop' ? 'Stop' : e.adjusting ? 'shifting position' : 'Pause',
        speaking: e.speaking,
        endedMs: Math.min(call?.end ?? Infinity, call?.errorAt ?? Infinity) - e.t,
        error: call?.error,
        speakingAfter: after?.speaking,
        pendingAfter: after?.pending,
      };
    });
    report('with pauses', result, rec);
    console.log(
      `     with pauses: paused ${resumes.map((e, i) => Math.round(e.t - stops[i]?.t)).join(', ')} ms; speech cut short after ` +
        cut.map((c) => `${c.what} ${Number.isFinite(c.endedMs) ? `${Math.round(c.endedMs)} ms (${c.error ?? 'end'})` : 'never'}`).join(', '),
    );
    check(
      stops.map((e) => (e.type === 'stop' ? 'stop' : e.adjusting ? 'shift' : 'pause')).join() === 'pause,shift,stop' && resumes.map((e) => e.automatic).join() === 'false,true,false',
      'with pauses: paused and resumed, shifted position and carried on by itself, stopped and carried on',
      JSON.stringify(rec.events.map((e) => e.type)),
    );
    check(
      cut.length === 3 && cut.every((c) => c.speaking && c.endedMs >= 0 && c.endedMs <= HUSH_MS && c.speakingAfter === false && c.pendingAfter === false),
      `with pauses: the step being said stops at Pause, at shifting position and at Stop, and nothing speaks ${HUSH_MS} ms later`,
      JSON.stringify(cut),
    );
    check(rows.every((r) => r.calls === 1 && r.started === 1) && end.calls === 1, 'with pauses: no step is said twice (after Resume, the shift, Carry on)', JSON.stringify(rec.calls.map((c) => c.text)));
    check(
      rows.every(onTime) && onTime(end),
      `with pauses: each step and the end said within ${LATE_MS} ms of its time moved on by the pauses (${list(rows)}; the end ${said(end)} ms)`,
    );
    await closeTimer(page);
  }

  check(pageErrors.length === 0, 'no script error in the pages', pageErrors.join(' | '));
  const away = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  check(
    requests.some((url) => url.startsWith(`${origin}/dist/cdn/chunks/voice-`)) && away.length === 0,
    "the spoken cues load from the page's origin, and no request leaves it",
    away.join(' ') || `${requests.length} requests seen`,
  );
  console.log(`     (${((Date.now() - began) / 1000).toFixed(1)} s in Chromium)`);
} catch (error) {
  check(false, 'the spoken cues play through', error.stack ?? String(error));
} finally {
  await browser?.close().catch(() => {});
  server.close();
  await rm(cdn, { recursive: true, force: true });
}

finish();
