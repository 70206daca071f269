import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { AllianceExerciseTimer } from '../src/components/exercise-timer/exercise-timer.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import type { AllianceTimerLogEvent } from '../src/components/exercise-timer/practice-log.events.js';
import type { PracticeSession } from '../src/components/exercise-timer/practice-log.data.js';
import type { AllianceStore } from '../src/storage/types.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { ar } from '../src/content/ar.js';
import { format } from '../src/content/locales.js';
import { catchDownloads, text } from './helpers.js';

const ui = en.ui.timerLog;
const NS = 'alliance-elements';
let counter = 0;
/** A storage key of its own for each test, so that no test sees another's log. */
const freshKey = () => `log-test-${Date.now()}-${++counter}`;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: AllianceExerciseTimer, name: 'primary' | 'stop' | 'carry-on') => $<HTMLButtonElement>(el, `button.${name}`)!;
const status = (el: AllianceExerciseTimer) => text($(el, '[role=status]'));
const focused = (el: AllianceExerciseTimer) => el.shadowRoot!.activeElement;
/** The session whose Delete button has the focus, if one has. */
const focusedSession = (el: AllianceExerciseTimer) => focused(el)?.closest<HTMLElement>('li.session button')?.dataset.id;
/** Whether `selector` matches in the element (a boolean, cheap to report when it is not as expected). */
const has = (el: AllianceExerciseTimer, selector: string) => $(el, selector) !== null;
/** Each session's line, as shown. */
const lines = (el: AllianceExerciseTimer) => $$(el, 'section.log li.session > span').map((s) => text(s));
/** Each week's heading, with its count. */
const weeks = (el: AllianceExerciseTimer) => $$(el, 'section.log .week [role=heading]').map((h) => text(h));
const deleteButton = (el: AllianceExerciseTimer, id: string) => $$<HTMLButtonElement>(el, 'li.session button').find((b) => b.dataset.id === id)!;

function logButton(el: AllianceExerciseTimer, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'section.log button').find((b) => text(b) === name);
  if (!found) throw new Error(`no button "${name}" in the log: ${$$(el, 'section.log button').map((b) => text(b)).join(' | ')}`);
  return found;
}

/** The stored log (the store's record around it left out), or undefined when nothing is stored. */
function stored(key: string): unknown[] | undefined {
  const raw = localStorage.getItem(`${NS}:${key}:log`);
  return raw === null ? undefined : (JSON.parse(raw) as { data: unknown[] }).data;
}

function seed(key: string, value: unknown): void {
  localStorage.setItem(`${NS}:${key}:log`, JSON.stringify({ v: 1, t: Date.now(), data: value }));
}

function session(id: string, date: Date, fields: Partial<PracticeSession> = {}): PracticeSession {
  return { id, date: date.toISOString(), exercise: 'hugging-till-relaxed', level: 1, seconds: 600, planned: 600, ...fields };
}

/** `hours` before now. */
const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000);

function importFile(el: AllianceExerciseTimer, content: string, name = 'practice-log.json'): void {
  const input = $<HTMLInputElement>(el, '#import')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The log has read the store: its sessions, or the line that says there are none. */
async function loaded(el: AllianceExerciseTimer): Promise<AllianceExerciseTimer> {
  await waitUntil(() => $(el, 'section.log li.session, section.log .log-empty'), 'the log did not show');
  await el.updateComplete;
  return el;
}

/** A timer with the log, 15 seconds long, once its log has read the store. */
async function mount(key: string, lang = 'en'): Promise<AllianceExerciseTimer> {
  const el = await fixture<AllianceExerciseTimer>(
    html`<alliance-exercise-timer log minutes="0.25" storage-key=${key} lang=${lang}></alliance-exercise-timer>`,
  );
  return loaded(el);
}

/** The same page loaded again: the element goes, and a new one reads the same store. */
async function reload(el: AllianceExerciseTimer, key: string): Promise<AllianceExerciseTimer> {
  el.remove();
  return mount(key);
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('<alliance-exercise-timer log>', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  /** A clock the test moves on, from now: a 15-second run takes no time. */
  function fakeClock(now = Date.now()) {
    clock = sinon.useFakeTimers({
      now,
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
      // A `waitUntil` before the clock was faked may still clear its own timer.
      shouldClearNativeTimers: true,
    });
    return clock;
  }

  /** Today is `now`; timers run as usual. */
  function today(now: Date) {
    clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
  }

  /** Back to real time, for what waits on the browser (a file read, a module loaded). */
  function realClock() {
    clock?.restore();
    clock = undefined;
  }

  /** Moves the clock on by `ms` at once (not frame by frame), then lets the element render. */
  async function wait(el: AllianceExerciseTimer, ms: number) {
    (clock ?? fakeClock()).tick(ms);
    await el.updateComplete;
  }

  /** Starts with a press, and runs for `ms` of exercise time. */
  async function runFor(el: AllianceExerciseTimer, ms: number) {
    if (!clock) fakeClock();
    button(el, 'primary').click();
    await wait(el, ms);
  }

  beforeEach(() => {
    // No sound: the bell is not what these tests are about.
    sinon.stub(window, 'AudioContext').value(undefined);
  });
  afterEach(() => {
    sinon.restore();
    realClock();
    for (const key of Object.keys(localStorage)) if (key.includes(':log-test-')) localStorage.removeItem(key);
  });

  describe('noting sessions', () => {
    it('with `log` taken away, the log goes from the page and nothing more is noted; what was noted stays', async () => {
      const key = freshKey();
      const el = await mount(key);
      await runFor(el, 16_000);
      expect(stored(key)).to.have.length(1);
      el.log = false;
      await el.updateComplete;
      expect($(el, 'section.log')).to.equal(null);
      button(el, 'primary').click();
      await wait(el, 16_000);
      expect(el.state).to.equal('complete');
      expect(stored(key)).to.have.length(1);
    });

    it('without a storage-key, keeps the log under the element’s own name', async () => {
      localStorage.removeItem(`${NS}:exercise-timer:log`);
      const el = await loaded(await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer log minutes="0.25"></alliance-exercise-timer>`));
      try {
        await runFor(el, 16_000);
        expect(el.state).to.equal('complete');
        expect(stored('exercise-timer')).to.have.length(1);
      } finally {
        localStorage.removeItem(`${NS}:exercise-timer:log`);
      }
    });

    it('notes a finished session; a reload still shows it, with the exercise, its level, its minutes and this week’s count', async () => {
      const key = freshKey();
      let el = await mount(key);
      expect(text($(el, '.log-empty'))).to.equal(ui.empty);
      expect(stored(key)).to.equal(undefined);
      await runFor(el, 15_100);
      expect(el.state).to.equal('complete');
      const list = stored(key) as PracticeSession[];
      expect(list).to.have.length(1);
      expect(list[0]).to.include({ exercise: 'hugging-till-relaxed', level: 1, seconds: 15, planned: 15 });
      expect(list[0].stopped).to.equal(undefined);
      expect(Date.parse(list[0].date)).to.be.closeTo(Date.now(), 1000);
      // Said after the timer's own "That's the time".
      expect(status(el)).to.equal(en.ui.timer.complete);
      await wait(el, 1_600);
      expect(status(el)).to.equal(format(ui.logged, { title: 'Hugging till relaxed' }));
      realClock();

      el = await reload(el, key);
      expect(weeks(el)).to.deep.equal([`${ui.thisWeek} 1 session · ${ui.underMinute}`]);
      expect(lines(el)).to.have.length(1);
      expect(lines(el)[0]).to.contain('Hugging till relaxed · level 1 · under a minute');
      expect(lines(el)[0]).to.not.contain(ui.stoppedEarly);
      expect(has(el, '.log-empty')).to.equal(false);
    });

    it('says nothing over a run started again straight after the end', async () => {
      const key = freshKey();
      const el = await mount(key);
      await runFor(el, 15_100);
      // Started again 0.1 s after the end: "Noted" would have come 1.5 s after the end.
      await runFor(el, 1_450);
      expect(el.state).to.equal('running');
      expect(status(el)).to.equal(en.exercises.items[0].levels[0][0].text);
      expect(stored(key)).to.have.length(1);
    });

    it('Stop after some seconds notes the session as stopped early', async () => {
      const key = freshKey();
      const el = await mount(key);
      await runFor(el, 8_000);
      button(el, 'stop').click();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      const list = stored(key) as PracticeSession[];
      expect(list).to.have.length(1);
      expect(list[0]).to.include({ seconds: 8, planned: 15, stopped: true });
      expect(lines(el)).to.have.length(1);
      expect(lines(el)[0]).to.contain(`under a minute · ${ui.stoppedEarly}`);
    });

    it('Stop, Carry on, then the end: one session, not stopped', async () => {
      const key = freshKey();
      const el = await mount(key);
      const events: AllianceTimerLogEvent[] = [];
      el.addEventListener('alliance-timer-log', (event) => events.push(event));
      await runFor(el, 8_000);
      button(el, 'stop').click();
      await el.updateComplete;
      expect(stored(key)).to.have.length(1);
      await wait(el, 2_000);
      expect(button(el, 'carry-on').hidden).to.equal(false);
      button(el, 'carry-on').click();
      await el.updateComplete;
      expect(stored(key), 'the stopped session was not taken back').to.deep.equal([]);
      await wait(el, 7_100);
      expect(el.state).to.equal('complete');
      const list = stored(key) as PracticeSession[];
      expect(list).to.have.length(1);
      expect(list[0]).to.include({ seconds: 15 });
      expect(list[0].stopped).to.equal(undefined);
      expect(lines(el)).to.have.length(1);
      expect(lines(el)[0]).to.not.contain(ui.stoppedEarly);
      const [stopped] = events[0].sessions;
      expect(events.map((e) => [e.action, e.sessions[0].id, e.sessions[0].stopped ?? false])).to.deep.equal([
        ['added', stopped.id, true],
        ['deleted', stopped.id, true],
        ['added', list[0].id, false],
      ]);
    });

    it('Stop in under 3 seconds notes nothing; the next run is noted', async () => {
      const key = freshKey();
      const el = await mount(key);
      await runFor(el, 2_000);
      button(el, 'stop').click();
      await wait(el, 100);
      expect(stored(key) ?? []).to.deep.equal([]);
      expect(text($(el, '.log-empty'))).to.equal(ui.empty);
      await runFor(el, 15_100);
      expect(stored(key)).to.have.length(1);
      expect(lines(el)).to.have.length(1);
    });

    it('a run started from code after a Stop leaves the stopped session noted, through a pause and resume', async () => {
      const key = freshKey();
      const el = await mount(key);
      await runFor(el, 8_000);
      button(el, 'stop').click();
      await el.updateComplete;
      el.start();
      await wait(el, 2_000);
      button(el, 'primary').click(); // pause
      await el.updateComplete;
      button(el, 'primary').click(); // resume, by a person: not a carry on
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect((stored(key) as PracticeSession[]).map((s) => s.stopped)).to.deep.equal([true]);
      await wait(el, 13_100);
      const list = stored(key) as PracticeSession[];
      expect(list.map((s) => [s.seconds, s.stopped ?? false])).to.deep.equal([
        [8, true],
        [15, false],
      ]);
    });
  });

  describe('events', () => {
    it('fires alliance-timer-log "added"; cancelling it keeps the session out of the store', async () => {
      const key = freshKey();
      const el = await mount(key);
      const events: AllianceTimerLogEvent[] = [];
      el.addEventListener('alliance-timer-log', (event) => {
        events.push(event);
        event.preventDefault();
      });
      await runFor(el, 15_100);
      expect(el.state).to.equal('complete');
      expect(events).to.have.length(1);
      const [added] = events;
      expect([added.action, added.bubbles, added.composed, added.cancelable]).to.deep.equal(['added', true, true, true]);
      expect(added.sessions).to.have.length(1);
      expect(added.sessions[0]).to.include({ exercise: 'hugging-till-relaxed', seconds: 15 });
      await wait(el, 1_600);
      expect(stored(key) ?? []).to.deep.equal([]);
      expect(text($(el, '.log-empty'))).to.equal(ui.empty);
      expect(status(el), 'nothing was noted, so nothing is said to be').to.equal(en.ui.timer.complete);
    });

    it('a page that keeps the sessions itself hears a stopped one taken back when the couple carry on', async () => {
      const key = freshKey();
      const el = await mount(key);
      const kept = new Map<string, PracticeSession>();
      el.addEventListener('alliance-timer-log', (event) => {
        if (event.action === 'added') {
          event.preventDefault();
          for (const s of event.sessions) kept.set(s.id, s);
        }
        if (event.action === 'deleted') for (const s of event.sessions) kept.delete(s.id);
      });
      await runFor(el, 8_000);
      button(el, 'stop').click();
      await el.updateComplete;
      expect([...kept.values()].map((s) => s.stopped)).to.deep.equal([true]);
      button(el, 'carry-on').click();
      await wait(el, 7_100);
      expect(el.state).to.equal('complete');
      expect([...kept.values()].map((s) => [s.seconds, s.stopped ?? false])).to.deep.equal([[15, false]]);
      expect(stored(key) ?? []).to.deep.equal([]);
    });

    it('an "added" left alone reaches the store; "deleted" and "restored" follow a delete and its Undo, and cannot be cancelled', async () => {
      const key = freshKey();
      const el = await mount(key);
      const events: AllianceTimerLogEvent[] = [];
      el.addEventListener('alliance-timer-log', (event) => events.push(event));
      await runFor(el, 15_100);
      realClock();
      const [noted] = stored(key) as PracticeSession[];
      expect(events.map((e) => e.action)).to.deep.equal(['added']);
      expect(events[0].sessions[0].id).to.equal(noted.id);
      deleteButton(el, noted.id).click();
      await el.updateComplete;
      logButton(el, ui.undo).click();
      await el.updateComplete;
      expect(events.map((e) => [e.action, e.cancelable, e.sessions.map((s) => s.id)])).to.deep.equal([
        ['added', true, [noted.id]],
        ['deleted', false, [noted.id]],
        ['restored', false, [noted.id]],
      ]);
    });
  });

  describe('the log by week', () => {
    // Wednesday 11 March 2026, noon, where the test runs.
    const now = new Date(2026, 2, 11, 12, 0);
    const seeded = [
      session('wed', new Date(2026, 2, 11, 9, 0), { level: 2 }),
      session('mon', new Date(2026, 2, 9, 0, 30), { exercise: 'heads-on-pillows', seconds: 900, planned: 900 }),
      session('sun', new Date(2026, 2, 8, 23, 0), { seconds: 300 }),
      session('tue', new Date(2026, 2, 3, 10, 0), { seconds: 45, stopped: true }),
      session('feb', new Date(2026, 1, 2, 10, 0), { exercise: 'feeling-while-touching' }),
    ];

    it('groups the weeks before under “Week of …” after “This week”, each with its count and minutes (weeks from Monday in en-GB)', async () => {
      today(now);
      const key = freshKey();
      seed(key, [seeded[3], seeded[0], seeded[4], seeded[2], seeded[1]]);
      const el = await mount(key, 'en-GB');
      expect(weeks(el)).to.deep.equal([
        'This week 2 sessions · 25 minutes',
        'Week of 2 March 2026 2 sessions · 6 minutes',
        'Week of 2 February 2026 1 session · 10 minutes',
      ]);
      expect($$(el, 'li.session button').map((b) => b.dataset.id)).to.deep.equal(['wed', 'mon', 'sun', 'tue', 'feb']);
      const shown = lines(el);
      expect(shown[0]).to.contain('Hugging till relaxed · level 2 · 10 minutes');
      expect(shown[1]).to.contain('Heads on pillows · 15 minutes').and.not.contain('level');
      expect(shown[3]).to.contain('Hugging till relaxed · level 1 · under a minute · stopped early');
      expect(shown[4]).to.contain('Feeling while touching');
      const levels = () => [$(el, '#log-heading')!, ...$$(el, '.week [role=heading]')].map((h) => h.getAttribute('aria-level'));
      expect(levels()).to.deep.equal(['3', '4', '4', '4']);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(levels(), 'the log follows heading-level').to.deep.equal(['5', '6', '6', '6']);
    });

    it('begins the week where the language does: Sunday in en-US', async () => {
      today(now);
      const key = freshKey();
      seed(key, seeded);
      const el = await mount(key, 'en-US');
      expect(weeks(el)).to.deep.equal([
        'This week 3 sessions · 30 minutes',
        'Week of March 1, 2026 1 session · under a minute',
        'Week of February 1, 2026 1 session · 10 minutes',
      ]);
    });

    it('shows eight weeks before this one, older ones on request (the focus on the first to appear), and every week on paper', async () => {
      today(now);
      const key = freshKey();
      // This week and the twelve before it, one session each.
      seed(key, Array.from({ length: 13 }, (_, i) => session(`w${i}`, new Date(2026, 2, 11 - 7 * i, 10, 0))));
      const el = await mount(key, 'en-GB');
      expect(weeks(el)).to.have.length(9);
      expect(weeks(el)[0]).to.match(/^This week/);
      const print = sinon.stub(window, 'print');
      logButton(el, ui.print).click();
      await waitUntil(() => print.called, 'not printed');
      await el.updateComplete;
      expect(weeks(el), 'every week on paper').to.have.length(13);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(weeks(el)).to.have.length(9);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(weeks(el), 'every week on paper, printed from the browser').to.have.length(13);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;

      logButton(el, 'Show 4 older weeks').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(weeks(el)).to.have.length(13);
      expect(weeks(el)[12]).to.match(/^Week of 15 December 2025 /);
      expect(has(el, 'button.older')).to.equal(false);
      expect(focusedSession(el)).to.equal('w9');
    });

    it('a log with only earlier weeks shows eight of them, and offers the ninth', async () => {
      today(now);
      const key = freshKey();
      seed(key, Array.from({ length: 9 }, (_, i) => session(`w${i}`, new Date(2026, 2, 4 - 7 * i, 10, 0))));
      const el = await mount(key, 'en-GB');
      expect(weeks(el)).to.have.length(8);
      expect(weeks(el)[0]).to.equal('Week of 2 March 2026 1 session · 10 minutes');
      expect(text($(el, 'button.older'))).to.equal('Show 1 older week');
    });
  });

  describe('delete with Undo', () => {
    it('deletes one session; Undo brings it back and the focus to it', async () => {
      const key = freshKey();
      seed(key, [session('keep', ago(2)), session('drop', ago(1))]);
      const el = await mount(key);
      const drop = deleteButton(el, 'drop');
      expect(drop.getAttribute('aria-label')).to.equal(format(ui.deleteLabel, { session: lines(el)[0] }));
      drop.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($$(el, 'li.session button').map((b) => b.dataset.id)).to.deep.equal(['keep']);
      expect((stored(key) as PracticeSession[]).map((s) => s.id)).to.deep.equal(['keep']);
      expect(text($(el, '.undo'))).to.contain(ui.deleted);
      expect(status(el)).to.equal(ui.deleted);
      expect(focused(el)?.id).to.equal('undo');

      logButton(el, ui.undo).click();
      await el.updateComplete;
      await el.updateComplete;
      expect($$(el, 'li.session button').map((b) => b.dataset.id)).to.deep.equal(['drop', 'keep']);
      expect((stored(key) as PracticeSession[]).map((s) => s.id).sort()).to.deep.equal(['drop', 'keep']);
      expect(has(el, '#undo')).to.equal(false);
      expect(focusedSession(el)).to.equal('drop');
    });

    it('deletes the whole log; Undo brings every session back', async () => {
      const key = freshKey();
      seed(key, [session('a', ago(1)), session('b', ago(30)), session('c', ago(24 * 20))]);
      const el = await mount(key);
      const events: AllianceTimerLogEvent[] = [];
      el.addEventListener('alliance-timer-log', (event) => events.push(event));
      logButton(el, ui.deleteAll).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(lines(el)).to.deep.equal([]);
      expect(text($(el, '.log-empty'))).to.equal(ui.empty);
      expect(stored(key)).to.deep.equal([]);
      expect(text($(el, '.undo'))).to.contain(ui.deletedAll);
      expect(status(el)).to.equal(ui.deletedAll);
      expect(focused(el)?.id).to.equal('undo');
      expect(has(el, 'button.delete-all'), 'nothing left to delete').to.equal(false);
      expect(events.map((e) => [e.action, e.sessions.map((s) => s.id)])).to.deep.equal([['deleted', ['a', 'b', 'c']]]);

      logButton(el, ui.undo).click();
      await el.updateComplete;
      await el.updateComplete;
      expect($$(el, 'li.session button').map((b) => b.dataset.id)).to.deep.equal(['a', 'b', 'c']);
      expect(stored(key)).to.have.length(3);
      expect(focusedSession(el)).to.equal('a');
      expect(events.map((e) => e.action)).to.deep.equal(['deleted', 'restored']);
    });

    it('keeps what it cannot read (a newer version’s records) through a delete', async () => {
      const key = freshKey();
      const unknown = { id: 'from-a-newer-version', shape: 'unknown' };
      seed(key, [session('a', ago(1)), unknown, 'junk']);
      const el = await mount(key);
      expect(lines(el)).to.have.length(1);
      deleteButton(el, 'a').click();
      await el.updateComplete;
      expect(stored(key)).to.deep.equal([unknown, 'junk']);
    });
  });

  describe('download and import', () => {
    it('the JSON download brings the log back after it was deleted; the same file again adds nothing', async () => {
      const key = freshKey();
      seed(key, [session('old', ago(24 * 10), { seconds: 300 }), session('new', ago(1), { stopped: true, seconds: 120 })]);
      const el = await mount(key);
      const files = catchDownloads();
      logButton(el, ui.downloadJson).click();
      expect(files).to.have.length(1);
      expect(files[0].name).to.match(/^practice-log-\d{4}-\d{2}-\d{2}\.json$/);
      await waitUntil(() => status(el) === ui.downloaded, 'the download was not said');
      const file = await files[0].blob.text();
      const envelope = JSON.parse(file) as { format: string; version: number; data: { sessions: PracticeSession[] } };
      expect([envelope.format, envelope.version]).to.deep.equal(['alliance-elements/timer-log', 1]);
      expect(envelope.data.sessions.map((s) => s.id), 'oldest first').to.deep.equal(['old', 'new']);
      expect(envelope.data.sessions[1]).to.deep.equal(session('new', new Date(envelope.data.sessions[1].date), { stopped: true, seconds: 120 }));

      logButton(el, ui.deleteAll).click();
      await el.updateComplete;
      expect(stored(key)).to.deep.equal([]);
      const events: AllianceTimerLogEvent[] = [];
      el.addEventListener('alliance-timer-log', (event) => events.push(event));
      importFile(el, file);
      await waitUntil(() => $(el, '#import-message'), 'the file was not read');
      await el.updateComplete;
      expect(text($(el, '#import-message'))).to.equal('2 sessions added.');
      expect($(el, '#import')!.getAttribute('aria-invalid')).to.equal('false');
      expect(has(el, '#undo'), 'the Undo of the delete went with the import').to.equal(false);
      expect($$(el, 'li.session button').map((b) => b.dataset.id)).to.deep.equal(['new', 'old']);
      expect((stored(key) as PracticeSession[]).map((s) => s.id).sort()).to.deep.equal(['new', 'old']);
      expect(events.map((e) => [e.action, e.sessions.map((s) => s.id).sort()])).to.deep.equal([['imported', ['new', 'old']]]);

      importFile(el, file);
      await waitUntil(() => text($(el, '#import-message')) === ui.importNothingNew, 'the second import said nothing');
      expect(lines(el)).to.have.length(2);
      expect(stored(key)).to.have.length(2);
      expect(events).to.have.length(1);
    });

    it('the text download reads week by week', async () => {
      today(new Date(2026, 2, 11, 12, 0));
      const key = freshKey();
      seed(key, [session('a', new Date(2026, 2, 10, 9, 0)), session('b', new Date(2026, 2, 3, 9, 0), { seconds: 30, stopped: true })]);
      const el = await mount(key, 'en-GB');
      const files = catchDownloads();
      logButton(el, ui.downloadText).click();
      expect(files).to.have.length(1);
      expect(files[0].name).to.equal('practice-log-2026-03-11.md');
      const rows = (await files[0].blob.text()).split('\n');
      expect(rows.slice(0, 4)).to.deep.equal(['# Your practice', '', '## Week of 9 March 2026: 1 session · 10 minutes', '']);
      expect(rows[4]).to.match(/^- Tuesday 10 March.* · Hugging till relaxed · level 1 · 10 minutes$/);
      expect(rows.slice(5, 8)).to.deep.equal(['', '## Week of 2 March 2026: 1 session · under a minute', '']);
      expect(rows[8]).to.match(/^- Tuesday 3 March.* · under a minute · stopped early$/);
      expect(rows.slice(9)).to.deep.equal(['']);
    });

    const otherSession = JSON.stringify(session('x', ago(3)));
    const badFiles: [string, string, string][] = [
      ['not JSON', 'this is not json {', ui.importNotJson],
      ['another kind of export', '{"format":"alliance-elements/check-in","version":1,"data":{"entries":[]}}', ui.importNotExport],
      ['a newer version', `{"format":"alliance-elements/timer-log","version":2,"data":{"sessions":[${otherSession}]}}`, ui.importNewer],
      [
        'a broken session',
        `{"format":"alliance-elements/timer-log","version":1,"data":{"sessions":[${otherSession},{"id":"y","exercise":"juggling"}]}}`,
        ui.importBadData,
      ],
    ];
    for (const [what, content, message] of badFiles) {
      it(`refuses ${what} with a message at the field, and changes nothing`, async () => {
        const key = freshKey();
        seed(key, [session('mine', ago(1))]);
        const el = await mount(key);
        const before = localStorage.getItem(`${NS}:${key}:log`);
        importFile(el, content);
        await waitUntil(() => $(el, '#import-message'), 'no message');
        await el.updateComplete;
        const input = $(el, '#import')!;
        expect(text($(el, '#import-message'))).to.equal(message);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain('import-message');
        expect(status(el)).to.equal(message);
        expect($$(el, 'li.session button').map((b) => b.dataset.id)).to.deep.equal(['mine']);
        expect(localStorage.getItem(`${NS}:${key}:log`)).to.equal(before);
      });
    }
  });

  describe('storage', () => {
    it('keeps something unreadable stored where the log belongs aside, and starts a log beside it', async () => {
      const key = freshKey();
      seed(key, { not: 'a list' });
      const el = await mount(key);
      expect(text($(el, '.log-empty'))).to.equal(ui.empty);
      await runFor(el, 15_100);
      realClock();
      await waitUntil(() => Array.isArray(stored(key)), 'the session was not saved');
      expect(stored(key)).to.have.length(1);
      const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${NS}:${key}:log-unreadable:`));
      expect(aside, 'what was there was not kept').to.have.length(1);
      expect((JSON.parse(localStorage.getItem(aside[0])!) as { data: unknown }).data).to.deep.equal({ not: 'a list' });
    });

    it('a store that cannot save: the session still shows, the notice says so once, and the log can be downloaded', async () => {
      const full: AllianceStore = {
        get: () => Promise.resolve(undefined),
        set: () => Promise.reject(quota()),
        remove: () => Promise.resolve(),
        list: () => Promise.resolve([]),
      };
      const key = freshKey();
      const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${full}>
        <alliance-exercise-timer log minutes="0.25" storage-key=${key}></alliance-exercise-timer>
      </alliance-provider>`);
      const el = await loaded(provider.querySelector('alliance-exercise-timer')!);
      expect(has(el, '.storage-notice')).to.equal(false);
      const said: string[] = [];
      const watcher = new MutationObserver(() => said.push(status(el)));
      watcher.observe($(el, '[role=status]')!, { childList: true, characterData: true, subtree: true });
      await runFor(el, 15_100);
      await wait(el, 1_600);
      realClock();
      await waitUntil(() => $(el, '.storage-notice'), 'no storage notice');
      await waitUntil(() => said.includes(en.ui.storageUnavailable), 'the notice was not said');
      // A second session: the notice is not said again, over the timer's own words.
      await runFor(el, 15_100);
      realClock();
      await el.updateComplete;
      watcher.disconnect();
      expect(status(el)).to.equal(en.ui.timer.complete);
      expect($$(el, '.storage-notice')).to.have.length(1);
      expect(text($(el, '.storage-notice'))).to.contain(en.ui.storageUnavailable);
      expect(said.filter((s) => s === en.ui.storageUnavailable)).to.have.length(1);
      expect(lines(el)).to.have.length(2);

      const files = catchDownloads();
      $<HTMLButtonElement>(el, '.storage-notice button')!.click();
      expect(files).to.have.length(1);
      const envelope = JSON.parse(await files[0].blob.text()) as { data: { sessions: PracticeSession[] } };
      expect(envelope.data.sessions.map((s) => s.seconds)).to.deep.equal([15, 15]);
    });
  });

  describe('words', () => {
    it('speaks the element’s language, and follows a change of it', async () => {
      const key = freshKey();
      seed(key, [session('a', ago(1))]);
      const el = await mount(key);
      expect(weeks(el)[0]).to.match(new RegExp(`^${ui.thisWeek} `));
      el.setAttribute('lang', 'es');
      const words = es.ui.timerLog;
      await waitUntil(() => text($(el, '#log-heading')) === words.heading, 'not in Spanish');
      await el.updateComplete;
      expect(weeks(el)[0]).to.match(new RegExp(`^${words.thisWeek} 1 sesión · `));
      expect(lines(el)[0]).to.contain('Abrazarse hasta relajarse');
      expect(logButton(el, words.deleteAll).classList.contains('delete-all')).to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations with sessions, after a delete (Undo) and with an import error', async () => {
      const key = freshKey();
      seed(key, [session('a', ago(1)), session('b', ago(24 * 10), { stopped: true, seconds: 40 })]);
      const el = await mount(key);
      await expect(el).to.be.accessible();
      deleteButton(el, 'a').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      importFile(el, 'not json');
      await waitUntil(() => $(el, '#import-message'), 'no message');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations empty, and right to left in Arabic', async () => {
      const key = freshKey();
      await expect(await mount(key)).to.be.accessible();
      seed(key, [session('a', ago(1))]);
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">
        <alliance-exercise-timer log storage-key=${key}></alliance-exercise-timer>
      </div>`);
      const el = await loaded(wrapper.querySelector('alliance-exercise-timer')!);
      await waitUntil(() => text($(el, '#log-heading')) === ar.ui.timerLog.heading, 'not in Arabic');
      await expect(wrapper).to.be.accessible();
    });
  });
});
