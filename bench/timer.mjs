// node bench/timer.mjs [--quick] [--minutes 7] [--visible-minutes 1] [--speech-minutes 2]
//                      [--grace-seconds S] [--hidden-after-deadline 30] [--naive-wait SECONDS]
// (the timer part of `npm run bench`, which takes the same options: `npm run bench -- timer --quick`)
//
// Runs <alliance-exercise-timer> and a naive setInterval timer that counts ticks, side by side
// on one page in headless Chromium, both set to the same length, and tells how late each one
// completed against the wall-clock deadline:
//
// 1. Visible: a 1-minute run (--visible-minutes) with the tab in front all along.
// 2. Hidden: a 7-minute run (--minutes). Right after the start a second tab comes to the front,
//    so the timers' tab is really hidden (document.visibilityState is checked) for the whole
//    run and 30 s past it: more than 6 minutes, past the 5 minutes after which Chromium's
//    intensive throttling wakes chained timers only once a minute. Then the tab is shown again
//    so that the naive timer can finish.
//
// --quick is for development: a 1-minute hidden run with Chromium's intensive-throttling grace
// period cut to 10 s (so throttling still applies), 10 s hidden past the deadline, and a
// 30-second spoken run.
//
// 3. Spoken: a 2-minute run (--speech-minutes) with spoken cues on (`voice="on"`, Chromium
//    launched with speech-dispatcher: see scripts/speech-setup.sh), hidden from just after the
//    start. The visible run has them on too. Runs 1 and 3 have a step every 5 s (every 30 s in
//    runs of 5 minutes or more): each step's utterance `start` is timed against the run's start
//    (the press) plus the step's `at`, and the end's against the deadline. Without a local voice
//    they are silent and the report says so. Run 2 is silent on purpose: Chromium does not apply
//    intensive throttling to a page that speaks, so only a silent page shows what the timer does
//    without that help (run 3's naive timer shows the difference).
//
// This is a benchmark, not a test: it takes the timers' length plus a few minutes. It needs
// `npm run build` first (it loads dist/cdn/).
import { fileURLToPath } from 'node:url';
import { launchChromium, startServer, log, sleep, signedMs, median } from './lib.mjs';

const mmss = (ms) => `${Math.floor(ms / 60000)} min ${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')} s`;

/** Seconds between the steps of a run: a dozen or so, each long enough to say its sentence. */
const stepSeconds = (minutes) => (minutes >= 5 ? 30 : 5);

async function openTimers(context, origin, minutes, spoken = true) {
  const page = await context.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  await page.goto(`${origin}/bench/timer-page.html?minutes=${minutes}&step-seconds=${stepSeconds(minutes)}&voice=${spoken ? 'on' : 'off'}`);
  await page.waitForFunction(() => window.bench?.ready && customElements.get('alliance-exercise-timer'));
  if (!spoken) {
    await page.locator('alliance-exercise-timer button.primary').click();
    await page.waitForFunction(() => window.bench.ours.start && window.bench.naive.start);
    const { ours, naive } = await page.evaluate(() => ({ ours: window.bench.ours.start, naive: window.bench.naive.start }));
    return { page, voice: undefined, deadlines: { ours: ours + minutes * 60_000, naive: naive + minutes * 60_000 } };
  }
  // The spoken cues find their voice before the press, as a person would see under "Spoken cues".
  const voice = await page
    .waitForFunction(() => /^Voice:/.test(window.bench.voiceStatus() ?? '') && window.bench.voiceStatus(), null, { timeout: 10_000, polling: 100 })
    .then((handle) => handle.jsonValue())
    .catch(async () => (await page.evaluate(() => window.bench.voiceStatus())) ?? 'no spoken cues');
  if (!voice.startsWith('Voice:')) log(`timer: the spoken cues found no voice ("${voice}"): the runs are silent (see scripts/speech-setup.sh)`);
  // A real click: the person's press that lets the timer make sound.
  await page.locator('alliance-exercise-timer button.primary').click();
  await page.waitForFunction(() => window.bench.ours.start && window.bench.naive.start);
  const { ours, naive } = await page.evaluate(() => ({ ours: window.bench.ours.start, naive: window.bench.naive.start }));
  const plannedMs = minutes * 60_000;
  return { page, voice, deadlines: { ours: ours + plannedMs, naive: naive + plannedMs } };
}

/**
 * The spoken cues of a run, from the page's record `b`: each step's utterance start against the
 * run's start plus the step's `at`, and the end's against the deadline, in ms (negative: early).
 * `timerMs`: the timer's own step event against the same time; `speakMs`: speak() to start.
 */
function spokenCues(b, voice, deadline) {
  const said = (call, due) => ({
    lateMs: call?.start === undefined ? undefined : call.start - due,
    speakMs: call?.start === undefined ? undefined : call.start - call.at,
    visibility: call?.visibility,
    error: call?.error,
  });
  const steps = b.steps.map((step, index) => {
    const calls = b.speech.filter((c) => c.text === step.text);
    const due = b.ours.start + step.at * 1000;
    const event = b.ours.steps.find((e) => e.index === index);
    return { at: step.at, times: calls.length, timerMs: event && event.t - due, ...said(calls[0], due) };
  });
  const ends = b.speech.filter((c) => !b.steps.some((step) => step.text === c.text));
  return {
    voice,
    steps,
    end: { times: ends.length, ...said(ends[0], deadline) },
  };
}

const late = (b, deadlines, who) => (b[who].complete === undefined ? undefined : b[who].complete - deadlines[who]);

/** Both timers in a tab that stays in front. */
async function visibleRun(context, origin, minutes) {
  const { page, voice, deadlines } = await openTimers(context, origin, minutes);
  log(`timer: both timers started for ${minutes} min, the tab in front`);
  await page
    .waitForFunction(() => window.bench.ours.complete && window.bench.naive.complete, null, { timeout: minutes * 60_000 + 60_000 })
    .catch(() => {});
  // The end begins to be said; then it is cut short, so that it does not hold up the next run's voice.
  await page
    .waitForFunction(() => window.bench.speech.some((c) => c.start !== undefined && !window.bench.steps.some((s) => s.text === c.text)), null, { timeout: 5_000, polling: 50 })
    .catch(() => {});
  const b = await page.evaluate(() => window.bench);
  await page.evaluate(() => document.querySelector('alliance-exercise-timer').stop());
  await page.close();
  return {
    minutes,
    ours: { lateMs: late(b, deadlines, 'ours'), visibility: b.ours.visibility },
    naive: { lateMs: late(b, deadlines, 'naive'), visibility: b.naive.visibility },
    speech: spokenCues(b, voice, deadlines.ours),
  };
}

/** Both timers in a tab hidden from the start to `afterDeadlineMs` past the deadline. */
async function hiddenRun(context, origin, { minutes, afterDeadlineMs, naiveWaitMs, graceSeconds, spoken = false }) {
  const { page, voice, deadlines } = await openTimers(context, origin, minutes, spoken);
  const plannedMs = minutes * 60_000;

  // Another tab to the front: the timers' tab is hidden now.
  const front = await context.newPage();
  await front.goto('about:blank');
  await sleep(500);
  const state = await page.evaluate(() => document.visibilityState);
  if (state !== 'hidden') throw new Error(`the timers' tab should be hidden, but document.visibilityState is "${state}"`);
  log(`timer: both timers started for ${minutes} min; the tab is hidden. Waiting ${mmss(plannedMs + afterDeadlineMs)}.`);

  // Look at what each timer shows at the deadline (evaluating does not wake the page's timers).
  await sleep(Math.max(0, deadlines.ours + 1_000 - Date.now()));
  const atDeadline = await page.evaluate(() => window.bench.read());
  log(`timer: 1 s after the deadline, hidden: ours shows ${atDeadline.ours} (${atDeadline.oursState}), the naive one ${atDeadline.naive}`);
  await sleep(Math.max(0, deadlines.ours + afterDeadlineMs - Date.now()));

  // Show the tab again: the naive timer needs it to finish; ours should be right at once.
  const shownAt = Date.now();
  await page.bringToFront();
  const onShow = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const read = () => requestAnimationFrame(() => resolve({ ...window.bench.read(), state: document.visibilityState }));
        if (document.visibilityState === 'visible') read();
        else document.addEventListener('visibilitychange', read, { once: true });
      }),
  );
  const [m, sec] = String(onShow.naive).split(':').map(Number);
  const waitMs = naiveWaitMs ?? ((m || 0) * 60 + (sec || 0)) * 1000 + 30_000;
  log(`timer: shown again: ours shows ${onShow.ours}, the naive one ${onShow.naive}; waiting up to ${Math.round(waitMs / 1000)} s for the naive one to finish`);
  await page.waitForFunction(() => window.bench.naive.complete, null, { timeout: waitMs }).catch(() => {});
  const b = await page.evaluate(() => window.bench);
  await front.close();
  await page.close();

  const hiddenMs = shownAt - (b.visibility.find(([, s]) => s === 'hidden')?.[0] ?? shownAt);
  const hiddenTicks = b.naive.ticks.filter((t) => t < shownAt);
  let longestGapMs = 0;
  for (let i = 1; i < hiddenTicks.length; i++) longestGapMs = Math.max(longestGapMs, hiddenTicks[i] - hiddenTicks[i - 1]);
  const endBell = b.bells.at(-1);
  const bellDueWall = endBell ? endBell.scheduledAtWall + (endBell.when - endBell.scheduledAtAudio) * 1000 : undefined;
  const audioDriftMs =
    b.audio !== undefined && b.ours.audioAtComplete && endBell
      ? (b.ours.audioAtComplete.audio - endBell.scheduledAtAudio) * 1000 - (b.ours.audioAtComplete.wall - endBell.scheduledAtWall)
      : undefined;
  return {
    minutes,
    hiddenMs,
    graceSeconds,
    ours: { lateMs: late(b, deadlines, 'ours'), visibility: b.ours.visibility, atDeadline: atDeadline.ours, onShow: onShow.ours },
    naive: { lateMs: late(b, deadlines, 'naive'), visibility: b.naive.visibility, atDeadline: atDeadline.naive, onShow: onShow.naive },
    bellDueMs: bellDueWall === undefined ? undefined : bellDueWall - deadlines.ours,
    audioDriftMs,
    hasAudio: Boolean(b.audio),
    naiveHiddenTicks: hiddenTicks.length,
    longestGapMs,
    intensiveThrottling: longestGapMs > 30_000,
    firstStepMs: b.ours.firstStep === undefined ? undefined : b.ours.firstStep - b.ours.start,
    speech: spoken ? spokenCues(b, voice, deadlines.ours) : undefined,
  };
}

/** The timer options from the command line (and `--quick`). */
export function timerOptions(argv = process.argv) {
  const arg = (name) => {
    const i = argv.indexOf(`--${name}`);
    return i > 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? Number(argv[i + 1]) : undefined;
  };
  const quick = argv.includes('--quick');
  const options = {
    minutes: arg('minutes') ?? (quick ? 1 : 7),
    speechMinutes: arg('speech-minutes') ?? (quick ? 0.5 : 2),
    visibleMinutes: arg('visible-minutes') ?? 1,
    graceSeconds: arg('grace-seconds') ?? (quick ? 10 : undefined),
    afterDeadlineSeconds: arg('hidden-after-deadline') ?? (quick ? 10 : 30),
    naiveWaitSeconds: arg('naive-wait'),
  };
  if (!(options.minutes > 0)) throw new Error('--minutes must be a positive number');
  return options;
}

/**
 * The visible run, then the hidden one, in a Chromium of the machine's own. Lateness is
 * completion time minus the deadline, in ms (negative: early).
 */
export async function timerBench({ minutes = 7, visibleMinutes = 1, speechMinutes = 2, graceSeconds, afterDeadlineSeconds = 30, naiveWaitSeconds } = {}) {
  const server = await startServer();
  const chrome = await launchChromium({
    args: [
      // The spoken cues: the machine's voices through speech-dispatcher (without it Chromium has none).
      '--enable-speech-dispatcher',
      '--autoplay-policy=no-user-gesture-required',
      // Only to try the benchmark quickly: Chromium's grace period before intensive throttling.
      ...(graceSeconds === undefined ? [] : [`--enable-features=IntensiveWakeUpThrottling:grace_period_seconds/${graceSeconds}`]),
    ],
  });
  try {
    await chrome.context.pages()[0]?.goto('about:blank');
    const visible = visibleMinutes > 0 ? await visibleRun(chrome.context, server.origin, visibleMinutes) : undefined;
    const hidden = await hiddenRun(chrome.context, server.origin, {
      minutes,
      afterDeadlineMs: afterDeadlineSeconds * 1000,
      naiveWaitMs: naiveWaitSeconds === undefined ? undefined : naiveWaitSeconds * 1000,
      graceSeconds,
    });
    const spoken =
      speechMinutes > 0
        ? await hiddenRun(chrome.context, server.origin, { minutes: speechMinutes, afterDeadlineMs: 5_000, naiveWaitMs: 5_000, graceSeconds, spoken: true })
        : undefined;
    return { chromium: chrome.version, visible, hidden, spoken };
  } finally {
    await chrome.close();
    await server.close();
  }
}

/** The results as Markdown: a table and a few notes. */
export function timerMarkdown({ visible, hidden, spoken }) {
  const rows = [['Timer', 'Run', 'Completed vs deadline', 'Page when it completed', 'Shown 1 s after deadline', 'Shown when visible again']];
  if (visible) {
    rows.push(['`<alliance-exercise-timer>`', `${visible.minutes} min, visible`, signedMs(visible.ours.lateMs), visible.ours.visibility ?? '-', '-', '-']);
    rows.push(['naive `setInterval`', `${visible.minutes} min, visible`, signedMs(visible.naive.lateMs), visible.naive.visibility ?? '-', '-', '-']);
  }
  const run = `${hidden.minutes} min, hidden ${mmss(hidden.hiddenMs)}`;
  rows.push(['`<alliance-exercise-timer>`', run, signedMs(hidden.ours.lateMs), hidden.ours.visibility ?? '-', hidden.ours.atDeadline, hidden.ours.onShow]);
  rows.push(['naive `setInterval`', run, signedMs(hidden.naive.lateMs), hidden.naive.visibility ?? '-', hidden.naive.atDeadline, hidden.naive.onShow]);
  const lines = [
    rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => ' --- ').join('|')}|` : ''}`).join('\n'),
    '',
    `- End bell, on the Web Audio clock: due ${signedMs(hidden.bellDueMs)} from the deadline` +
      (hidden.audioDriftMs === undefined ? '' : ` (audio clock against wall clock over the run: ${signedMs(hidden.audioDriftMs)})`) +
      (hidden.hasAudio ? '.' : ' (no AudioContext in this browser).'),
    `- Naive timer while hidden: ${hidden.naiveHiddenTicks} ticks counted in ${Math.round(hidden.hiddenMs / 1000)} s; longest gap between ticks ` +
      `${(hidden.longestGapMs / 1000).toFixed(1)} s (intensive throttling ${hidden.intensiveThrottling ? 'applied' : 'did not apply'}).`,
  ];
  if (hidden.graceSeconds !== undefined) lines.push(`- Intensive-throttling grace period cut to ${hidden.graceSeconds} s for this run, to try the benchmark quickly.`);
  if (spoken) {
    lines.push(
      `- With spoken cues on (${spoken.minutes} min, hidden ${mmss(spoken.hiddenMs)}), ours completed ${signedMs(spoken.ours.lateMs)} and the naive one ` +
        `${signedMs(spoken.naive.lateMs)}; the naive timer's longest gap between ticks was ${(spoken.longestGapMs / 1000).toFixed(1)} s. A page that speaks is ` +
        'not slowed by intensive throttling, which is why the hidden run above is silent.',
    );
  }
  const speech = spokenMarkdown({ visible, hidden: spoken });
  if (speech) lines.push('', speech);
  return lines.join('\n');
}

/** "Spoken cues: lateness": a row per run, or why there is none. */
function spokenMarkdown({ visible, hidden }) {
  const runs = [
    visible?.speech && { label: `${visible.minutes} min, visible`, speech: visible.speech, from: 0 },
    // The first step is said at the press, before another tab hides the timer's.
    hidden?.speech && { label: `${hidden.minutes} min, hidden (every step after the first)`, speech: hidden.speech, from: 1 },
  ].filter(Boolean);
  if (!runs.length) return '';
  if (!runs.some((r) => /^Voice:/.test(r.speech.voice))) return `**Spoken cues: lateness.** Not measured: no local voice in this Chromium (the timer said "${runs[0].speech.voice}"); see \`scripts/speech-setup.sh\`.`;
  const stat = (values, f) => (values.length ? signedMs(f(values)) : '-');
  const rows = [['Run', 'Steps said once', 'Voice started vs step time: median', 'worst', 'Timer\'s step event: worst', 'speak() to start: median', 'The end said vs deadline']];
  for (const { label, speech, from } of runs) {
    const steps = speech.steps.slice(from);
    const late = steps.map((s) => s.lateMs).filter((v) => v !== undefined);
    const timer = steps.map((s) => s.timerMs).filter((v) => v !== undefined);
    const speak = steps.map((s) => s.speakMs).filter((v) => v !== undefined);
    rows.push([
      label,
      `${steps.filter((s) => s.times === 1 && s.lateMs !== undefined).length} of ${steps.length}`,
      stat(late, median),
      stat(late, (v) => Math.max(...v)),
      stat(timer, (v) => Math.max(...v)),
      speak.length ? `${Math.round(median(speak))} ms` : '-',
      signedMs(speech.end.lateMs),
    ]);
  }
  const voice = runs.find((r) => /^Voice:/.test(r.speech.voice)).speech.voice.replace(/^Voice: /, '').replace(/, on this device\.$/, '');
  const first = visible?.speech ? [visible.speech.steps[0]?.timerMs].filter((v) => v !== undefined) : [];
  const every = runs.map(({ speech: { steps } }) => (steps.length > 1 ? steps[1].at - steps[0].at : undefined));
  const spacing = every.every((v) => v === every[0])
    ? `a step every ${every[0]} s`
    : runs.map((r, i) => `a step every ${every[i]} s in the ${r === runs.at(-1) ? 'hidden' : 'visible'} run`).join(', ');
  return [
    '**Spoken cues: lateness** (beside the bell above): when each step\'s utterance began (its `start` event) against the step\'s time, the Start press plus its `at`; the end\'s against the deadline.',
    '',
    rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => ' --- ').join('|')}|` : ''}`).join('\n'),
    '',
    `- Voice: ${voice} (\`localService\`); ${spacing}. "speak() to start" is the speech system's own delay, which the timer cannot shorten.` +
      (first.length ? ` The first step of the visible run is said once the AudioContext has been made (${first.map((v) => `${Math.round(v)} ms`).join(', ')} after the press), in the browser's first tab.` : ''),
  ].join('\n');
}

// node bench/timer.mjs: the timer part alone, printed.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await timerBench(timerOptions());
  console.log(`\nExercise timer benchmark, Chromium ${result.chromium} headless\n`);
  console.log(timerMarkdown(result));
}
