import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ReactiveControllerHost } from 'lit';
import '../src/define.js';
import type { AllianceExerciseTimer } from '../src/components/exercise-timer/exercise-timer.js';
import { timerParts, timerStates } from '../src/components/exercise-timer/exercise-timer.js';
import type {
  AllianceTimerCompleteEvent,
  AllianceTimerPauseEvent,
  AllianceTimerResumeEvent,
  AllianceTimerStartEvent,
  AllianceTimerStepEvent,
  AllianceTimerStopEvent,
} from '../src/components/exercise-timer/exercise-timer.events.js';
import { CountdownController, type CountdownClock } from '../src/controllers/countdown.js';
import { ChimeController } from '../src/controllers/chime.js';
import { WakeLockController } from '../src/controllers/wake-lock.js';
import { en } from '../src/content/en.js';
import { format } from '../src/content/locales.js';
import { captureWarnings, text } from './helpers.js';

/** The breathing pacer loads as a part of its own once `breathing` is set: waits until it is drawn. */
async function pacerLoaded(el: AllianceExerciseTimer): Promise<void> {
  await timerParts.breath();
  await waitUntil(() => el.shadowRoot!.querySelector('.pacer'), 'the pacer is drawn');
  await el.updateComplete;
}

// ---------------------------------------------------------------------------------------
// A pretend Web Audio: records when each oscillator starts, and ends constant sources
// (the countdown's audio alarm) when its clock is advanced past their stop time.

class FakeParam {
  value = 0;
  setValueAtTime(): this {
    return this;
  }
  linearRampToValueAtTime(): this {
    return this;
  }
  exponentialRampToValueAtTime(): this {
    return this;
  }
}
class FakeNode {
  connected = true;
  connect<T>(node: T): T {
    return node;
  }
  disconnect(): void {
    this.connected = false;
  }
}
class FakeSource extends FakeNode {
  startAt: number | undefined;
  stopAt: number | undefined;
  cancelled = false;
  ended = false;
  onended: (() => void) | null = null;
  start(when = 0): void {
    this.startAt = when;
  }
  stop(when?: number): void {
    if (when === undefined) this.cancelled = true;
    else this.stopAt = when;
  }
}
class FakeOscillator extends FakeSource {
  type = 'sine';
  frequency = new FakeParam();
}
class FakeConstantSource extends FakeSource {
  offset = new FakeParam();
}
class FakeGain extends FakeNode {
  gain = new FakeParam();
}
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  currentTime = 5;
  state = 'running';
  destination = new FakeNode();
  gains: FakeGain[] = [];
  oscillators: FakeOscillator[] = [];
  constants: FakeConstantSource[] = [];
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  createGain(): FakeGain {
    const g = new FakeGain();
    this.gains.push(g);
    return g;
  }
  createOscillator(): FakeOscillator {
    const o = new FakeOscillator();
    this.oscillators.push(o);
    return o;
  }
  createConstantSource(): FakeConstantSource {
    const c = new FakeConstantSource();
    this.constants.push(c);
    return c;
  }
  resume(): Promise<void> {
    this.state = 'running';
    return Promise.resolve();
  }
  close(): Promise<void> {
    this.state = 'closed';
    return Promise.resolve();
  }
  /** The bells' start times: one oscillator per bell plays the 392 Hz fundamental. */
  bells(): { at: number; cancelled: boolean }[] {
    return this.oscillators.filter((o) => o.frequency.value === 392).map((o) => ({ at: o.startAt!, cancelled: o.cancelled }));
  }
  /** The master gain: the first gain made, connected to the destination. */
  get master(): FakeGain {
    return this.gains[0];
  }
  advance(seconds: number): void {
    this.currentTime += seconds;
    for (const c of this.constants) {
      if (!c.ended && !c.cancelled && c.stopAt !== undefined && c.stopAt <= this.currentTime + 1e-9) {
        c.ended = true;
        c.onended?.();
      }
    }
  }
}

// ---------------------------------------------------------------------------------------

function root(el: AllianceExerciseTimer): ShadowRoot {
  return el.shadowRoot!;
}
function button(el: AllianceExerciseTimer, name: 'primary' | 'shift' | 'stop' | 'carry-on'): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>(`button.${name}`)!;
}
function time(el: AllianceExerciseTimer): string {
  return text(root(el).querySelector('.time'));
}
function now(el: AllianceExerciseTimer): string {
  return text(root(el).querySelector('.now'));
}
function next(el: AllianceExerciseTimer): string {
  return text(root(el).querySelector('.next'));
}
function announced(el: AllianceExerciseTimer): string {
  return text(root(el).querySelector('[role=status]'));
}
/** Every timer event the element fires, with the fake clock's time. */
function record(el: AllianceExerciseTimer) {
  const log: { type: string; at: number; event: Event }[] = [];
  for (const type of ['start', 'pause', 'resume', 'step', 'complete', 'stop']) {
    el.addEventListener(`alliance-timer-${type}`, (event) => log.push({ type, at: Date.now(), event }));
  }
  return log;
}
function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}
function restoreVisibility(): void {
  delete (document as unknown as Record<string, unknown>).visibilityState;
  delete (document as unknown as Record<string, unknown>).hidden;
}

const hugging = en.exercises.items[0];
const pillows = en.exercises.items[1];
/** Hugging till relaxed, level 1, at 1 minute instead of 10: every step at a tenth of its time. */
const scaledAt = hugging.levels[0].map((s) => s.at / 10);

describe('<alliance-exercise-timer>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let clock: sinon.SinonFakeTimers | undefined;

  function fakeClock() {
    clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    return clock;
  }

  beforeEach(() => {
    warnings = captureWarnings();
    FakeAudioContext.instances = [];
    sinon.stub(window, 'AudioContext').value(FakeAudioContext);
  });
  afterEach(() => {
    // Spies on faked globals first, then the fake clock itself.
    warnings.restore();
    sinon.restore();
    clock?.restore();
    clock = undefined;
    restoreVisibility();
    delete (navigator as unknown as Record<string, unknown>).wakeLock;
    delete (navigator as unknown as Record<string, unknown>).vibrate;
    delete (navigator as unknown as Record<string, unknown>).userActivation;
  });

  describe('rendering and defaults', () => {
    it('shows the exercise, its full length, a named timer, the first step, the note, why it helps and the credit', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      expect(el.state).to.equal('idle');
      expect(el.matches(':state(idle)'), 'the state is a custom state for CSS').to.equal(true);
      expect(el.hasAttribute('state'), 'no attribute the page did not write').to.equal(false);
      expect(text(root(el).querySelector('[part=title]'))).to.equal(hugging.title);
      expect(root(el).querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
      const timer = root(el).querySelector('[role=timer]')!;
      expect(timer.getAttribute('aria-label')).to.equal(en.ui.timer.timeLeft);
      expect(timer.getAttribute('aria-live')).to.equal('off');
      expect(time(el)).to.equal('10:00');
      expect(now(el)).to.equal(hugging.summary);
      expect(next(el)).to.contain(hugging.levels[0][0].text);
      expect(text(root(el).querySelector('.note'))).to.equal(en.ui.timer.note);
      const why = root(el).querySelector('details.why')!;
      expect(text(why.querySelector('summary'))).to.equal(en.ui.timer.why);
      expect(why.querySelectorAll('li')).to.have.length(7);
      // The article the exercises reach us through, and what is ours.
      expect(text(root(el).querySelector('.credit'))).to.equal(
        `From “8 key tips to create a collaborative alliance in relationships”. ${en.exercises.credit.ours}`,
      );
      expect(en.exercises.credit.ours).to.contain('timing of the cues').and.contain('notes on safety');
      expect(text(button(el, 'primary'))).to.equal(en.ui.timer.start);
      expect(button(el, 'stop').hidden).to.equal(true);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('hides the ring from assistive technology', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      expect(root(el).querySelector('svg.ring')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('uses each exercise’s own length, and minutes with decimals', async () => {
      const el = await fixture<AllianceExerciseTimer>(
        html`<alliance-exercise-timer exercise="feeling-while-touching"></alliance-exercise-timer>`,
      );
      expect(time(el)).to.equal('15:00');
      el.minutes = 0.5;
      await el.updateComplete;
      expect(time(el)).to.equal('0:30');
      expect(el.plannedSeconds).to.equal(30);
    });

    it('shows the level for an exercise that has levels', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer level="3"></alliance-exercise-timer>`);
      expect(text(root(el).querySelector('.level'))).to.equal('Level 3 of 3');
      expect(next(el)).to.contain(hugging.levels[2][0].text);
      const single = await fixture<AllianceExerciseTimer>(
        html`<alliance-exercise-timer exercise="heads-on-pillows"></alliance-exercise-timer>`,
      );
      expect(root(single).querySelector('.level')).to.equal(null);
    });

    it('lets the host replace the note through a slot', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer>
        <span slot="note">Say “pause” and we pause.</span>
      </alliance-exercise-timer>`);
      const slot = root(el).querySelector<HTMLSlotElement>('slot[name=note]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Say “pause” and we pause.']);
    });

    it('exposes its states as a value set', () => {
      expect([...timerStates]).to.deep.equal(['idle', 'running', 'paused', 'adjusting', 'complete']);
    });
  });

  describe('a whole run on a controlled clock', () => {
    it('fires each step at its scaled time and completes at the deadline', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const log = record(el);
      const c = fakeClock();
      const t0 = Date.now();
      button(el, 'primary').click();
      c.tick(60_100);
      const steps = log.filter((e) => e.type === 'step');
      expect(steps.map((e) => (e.event as AllianceTimerStepEvent).index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
      steps.forEach((e, i) => {
        const late = e.at - t0 - scaledAt[i] * 1000;
        expect(late, `step ${i}`).to.be.within(0, 17);
        expect((e.event as AllianceTimerStepEvent).text).to.equal(hugging.levels[0][i].text);
      });
      const complete = log.filter((e) => e.type === 'complete');
      expect(complete).to.have.length(1);
      expect(complete[0].at - t0).to.be.within(60_000, 60_017);
      const event = complete[0].event as AllianceTimerCompleteEvent;
      expect(event.exercise).to.equal('hugging-till-relaxed');
      expect(event.plannedSeconds).to.equal(60);
      expect(event.elapsedSeconds).to.be.within(60, 60.017);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(el.matches(':state(complete)') && !el.matches(':state(running)')).to.equal(true);
      expect(time(el)).to.equal('0:00');
      expect(now(el)).to.equal(en.ui.timer.complete);
      expect(announced(el)).to.equal(en.ui.timer.complete);
      expect(text(button(el, 'primary'))).to.equal(en.ui.timer.restart);
    });

    it('counts down the display and drains the ring by the wall clock', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const c = fakeClock();
      el.start();
      c.tick(30_000);
      await el.updateComplete;
      expect(time(el)).to.equal('0:30');
      expect(el.remainingSeconds).to.be.closeTo(30, 0.001);
      const offset = Number(root(el).querySelector('circle.progress')!.getAttribute('stroke-dashoffset'));
      expect(offset).to.be.closeTo(50, 0.2);
      c.tick(29_500);
      await el.updateComplete;
      expect(time(el)).to.equal('0:01');
    });

    it('pause stops the count and resume goes on from where it was', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const log = record(el);
      const c = fakeClock();
      const t0 = Date.now();
      button(el, 'primary').click();
      c.tick(10_000);
      button(el, 'primary').click();
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(text(button(el, 'primary'))).to.equal(en.ui.timer.resume);
      c.tick(30_000);
      await el.updateComplete;
      expect(time(el)).to.equal('0:50');
      expect(el.remainingSeconds).to.equal(50);
      button(el, 'primary').click();
      c.tick(49_900);
      expect(log.some((e) => e.type === 'complete')).to.equal(false);
      c.tick(200);
      const complete = log.find((e) => e.type === 'complete')!;
      expect(complete.at - t0).to.be.within(90_000, 90_017);
      expect((complete.event as AllianceTimerCompleteEvent).elapsedSeconds).to.be.within(90, 90.02);
      expect(log.map((e) => e.type).filter((t) => t !== 'step')).to.deep.equal(['start', 'pause', 'resume', 'complete']);
    });

    it('shifting position pauses, says so, resumes by itself and does not end the exercise', async () => {
      const el = await fixture<AllianceExerciseTimer>(
        html`<alliance-exercise-timer minutes="1" adjust-seconds="5"></alliance-exercise-timer>`,
      );
      const log = record(el);
      const c = fakeClock();
      const t0 = Date.now();
      button(el, 'primary').click();
      c.tick(10_000);
      button(el, 'shift').click();
      await el.updateComplete;
      expect(el.state).to.equal('adjusting');
      expect(el.matches(':state(adjusting)')).to.equal(true);
      expect(button(el, 'shift').getAttribute('aria-pressed')).to.equal('true');
      expect(now(el)).to.contain(hugging.shiftingPhrase);
      expect(next(el)).to.equal('Paused while you shift position. Carrying on in 5 s.');
      expect(announced(el)).to.equal('Paused while you shift position. Carrying on in 5 s.');
      const pause = log.find((e) => e.type === 'pause')!.event as AllianceTimerPauseEvent;
      expect(pause.adjusting).to.equal(true);
      c.tick(3_020);
      await el.updateComplete;
      expect(next(el)).to.equal('Paused while you shift position. Carrying on in 2 s.');
      expect(time(el)).to.equal('0:50');
      c.tick(1_980);
      await el.updateComplete;
      expect(el.state).to.equal('running');
      const resume = log.find((e) => e.type === 'resume')!;
      expect(resume.at - t0).to.be.within(15_000, 15_017);
      expect((resume.event as AllianceTimerResumeEvent).automatic).to.equal(true);
      expect(el.remainingSeconds).to.be.closeTo(50, 0.02);
      c.tick(49_000);
      expect(log.some((e) => e.type === 'complete')).to.equal(false);
      c.tick(1_100);
      expect(log.filter((e) => e.type === 'complete')).to.have.length(1);
      expect(log.find((e) => e.type === 'complete')!.at - t0).to.be.within(65_000, 65_017);
    });

    it('a press on "shifting position" while shifting resumes at once', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const log = record(el);
      const c = fakeClock();
      button(el, 'primary').click();
      c.tick(5_000);
      button(el, 'shift').click();
      c.tick(4_000);
      button(el, 'shift').click();
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(button(el, 'shift').getAttribute('aria-pressed')).to.equal('false');
      const resume = log.find((e) => e.type === 'resume')!.event as AllianceTimerResumeEvent;
      expect(resume.automatic).to.equal(false);
      expect(el.remainingSeconds).to.be.closeTo(55, 0.001);
    });

    it('completes on time in a hidden tab, where no animation frame runs', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const log = record(el);
      const c = fakeClock();
      const t0 = Date.now();
      button(el, 'primary').click();
      c.tick(1_000);
      setVisibility('hidden');
      const frames = sinon.spy(window, 'requestAnimationFrame');
      c.tick(59_000);
      expect(frames.callCount, 'no frames are asked for while hidden').to.equal(0);
      const complete = log.filter((e) => e.type === 'complete');
      expect(complete).to.have.length(1);
      expect(complete[0].at - t0).to.equal(60_000);
      // Steps still arrive while hidden, from their own timers.
      expect(log.filter((e) => e.type === 'step')).to.have.length(8);
    });

    it('shows the right time within one frame of the tab becoming visible again', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="10"></alliance-exercise-timer>`);
      const c = fakeClock();
      el.start();
      c.tick(1_020);
      setVisibility('hidden');
      await el.updateComplete;
      expect(time(el)).to.equal('9:59');
      // Time passes with no timer running at all (a throttled or frozen tab).
      c.setSystemTime(Date.now() + 120_000);
      await el.updateComplete;
      expect(time(el), 'stale while hidden').to.equal('9:59');
      setVisibility('visible');
      await el.updateComplete;
      expect(time(el)).to.equal('7:59');
    });

    it('a clock jump past the deadline (a laptop that slept) completes, at 0:00, never negative', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const log = record(el);
      const c = fakeClock();
      el.start();
      c.tick(5_000);
      setVisibility('hidden');
      c.setSystemTime(Date.now() + 20 * 60_000);
      setVisibility('visible');
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(time(el)).to.equal('0:00');
      expect(el.remainingSeconds).to.equal(0);
      const complete = log.filter((e) => e.type === 'complete');
      expect(complete).to.have.length(1);
      expect((complete[0].event as AllianceTimerCompleteEvent).elapsedSeconds).to.be.at.least(1205);
    });

    it('a clock set backwards neither adds time nor freezes the count', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const c = fakeClock();
      el.start();
      c.tick(10_000);
      c.setSystemTime(Date.now() - 3_600_000);
      // The few ms between the last reading and the jump are lost: no one can know when it came.
      c.tick(1_100);
      await el.updateComplete;
      expect(time(el)).to.equal('0:49');
    });
  });

  describe('its moments', () => {
    it('finishes calmly: what to do now, the next level and its condition, the stop-anytime line gone', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const c = fakeClock();
      expect(root(el).querySelector<HTMLElement>('.note')!.hidden).to.equal(false);
      button(el, 'primary').click();
      c.tick(60_100);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      const script = text(root(el).querySelector<HTMLElement>('.script'));
      expect(script).to.contain(en.ui.timer.afterward);
      expect(script).to.contain(format(en.ui.timer.nextLevel, { level: 2 }));
      expect(root(el).querySelector<HTMLElement>('.note')!.hidden).to.equal(true);
      expect(text(button(el, 'primary'))).to.equal(en.ui.timer.restart);
    });

    it('says nothing of a next level at the last one', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1" level=${hugging.levels.length}></alliance-exercise-timer>`);
      const c = fakeClock();
      button(el, 'primary').click();
      c.tick(60_100);
      await el.updateComplete;
      expect(text(root(el).querySelector<HTMLElement>('.script'))).to.contain(en.ui.timer.afterward);
      expect(root(el).querySelector<HTMLElement>('.level-next')).to.equal(null);
    });

    it('keeps its buttons where they are when shifting position begins and ends', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const c = fakeClock();
      button(el, 'primary').click();
      await el.updateComplete;
      const top = () => root(el).querySelector<HTMLElement>('.controls')!.getBoundingClientRect().top;
      const running = top();
      button(el, 'shift').click();
      await el.updateComplete;
      expect(top()).to.equal(running);
      button(el, 'shift').click();
      c.tick(100);
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(top()).to.equal(running);
    });

    it('shows the breathing words beside the moving circle for everyone, not only without motion', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer breathing minutes="1"></alliance-exercise-timer>`);
      await pacerLoaded(el);
      const c = fakeClock();
      button(el, 'primary').click();
      c.tick(200);
      await el.updateComplete;
      const word = root(el).querySelector<HTMLElement>('.breath-word')!;
      expect(getComputedStyle(word).display).to.not.equal('none');
      expect(getComputedStyle(root(el).querySelector('.breath-hint')!).display).to.not.equal('none');
      expect(text(word)).to.equal(en.ui.timer.breatheIn);
    });
  });

  describe('sound, touch and motion', () => {
    it('makes no AudioContext until a person presses start, then rings at the start and schedules the end bell ahead', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      fakeClock();
      el.start();
      el.stop();
      expect(FakeAudioContext.instances, 'start() from code makes no sound').to.have.length(0);
      button(el, 'primary').click();
      expect(FakeAudioContext.instances).to.have.length(1);
      const ctx = FakeAudioContext.instances[0];
      expect(ctx.bells().map((b) => b.at)).to.deep.equal([5, 65]);
      // The audio alarm is set for the same moment.
      expect(ctx.constants.at(-1)!.stopAt).to.be.closeTo(65, 1e-9);
    });

    it('with step-chime, schedules a bell at each step; a pause cancels them and resume schedules them again', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1" step-chime></alliance-exercise-timer>`);
      const c = fakeClock();
      button(el, 'primary').click();
      const ctx = FakeAudioContext.instances[0];
      const expected = [5, ...scaledAt.slice(1).map((at) => 5 + at)].concat(65);
      expect(ctx.bells().map((b) => b.at).sort((a, b) => a - b)).to.deep.equal(expected.sort((a, b) => a - b));
      c.tick(10_000);
      ctx.currentTime += 10;
      button(el, 'primary').click(); // pause
      expect(ctx.bells().filter((b) => b.at > 15).every((b) => b.cancelled)).to.equal(true);
      c.tick(20_000);
      ctx.currentTime += 20;
      button(el, 'primary').click(); // resume: 50 s to go, from audio time 35
      const live = ctx.bells().filter((b) => !b.cancelled && b.at > 35);
      expect(live.map((b) => b.at).sort((a, b) => a - b).at(-1)).to.be.closeTo(85, 1e-9);
      expect(live.map((b) => b.at)).to.include.members(scaledAt.filter((at) => at > 10).map((at) => 35 + at - 10));
    });

    it('after a sleep, when the audio clock stood still, the end bell rings at once instead of late', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const c = fakeClock();
      button(el, 'primary').click();
      const ctx = FakeAudioContext.instances[0];
      c.tick(5_000);
      ctx.currentTime += 5; // 10
      // The laptop sleeps for 20 minutes: the wall clock moves on, the audio clock does not.
      c.setSystemTime(Date.now() + 20 * 60_000);
      setVisibility('visible');
      expect(el.state).to.equal('complete');
      const bells = ctx.bells();
      expect(bells.find((b) => b.at === 65)!.cancelled).to.equal(true);
      expect(bells.at(-1)).to.deep.equal({ at: 10, cancelled: false });
    });

    it('the audio alarm completes the run when it ends, even if no timer fires', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const log = record(el);
      const c = fakeClock();
      button(el, 'primary').click();
      const ctx = FakeAudioContext.instances[0];
      // The wall clock reaches the deadline but (as in a throttled tab) no timer has run yet.
      c.setSystemTime(Date.now() + 60_000);
      ctx.advance(60);
      expect(log.filter((e) => e.type === 'complete')).to.have.length(1);
    });

    it('volume and muted set the bell’s loudness; a bad volume warns and uses 0.6', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer volume="0.3"></alliance-exercise-timer>`);
      button(el, 'primary').click();
      const ctx = FakeAudioContext.instances[0];
      expect(ctx.master.gain.value).to.equal(0.3);
      el.muted = true;
      await el.updateComplete;
      expect(ctx.master.gain.value).to.equal(0);
      el.muted = false;
      el.setAttribute('volume', '1.5');
      await el.updateComplete;
      expect(ctx.master.gain.value).to.equal(0.6);
      expect(warnings.messages.filter((m) => m.includes('volume="1.5"'))).to.have.length(1);
      el.setAttribute('volume', 'loud');
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('volume="loud"'))).to.have.length(1);
      expect(warnings.messages.find((m) => m.includes('volume="loud"'))).to.contain('0 to 1');
    });

    it('vibrates at each step after the first and at the end, unless no-vibrate', async () => {
      const vibrate = sinon.stub().returns(true);
      Object.defineProperty(navigator, 'vibrate', { configurable: true, value: vibrate });
      // As after a real tap on the page (a scripted click() is not one).
      Object.defineProperty(navigator, 'userActivation', { configurable: true, value: { hasBeenActive: true, isActive: false } });
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const c = fakeClock();
      button(el, 'primary').click();
      c.tick(60_100);
      expect(vibrate.callCount).to.equal(scaledAt.length - 1 + 1);
      expect(vibrate.lastCall.args[0]).to.be.an('array');
      vibrate.resetHistory();
      el.noVibrate = true;
      await el.updateComplete;
      button(el, 'primary').click();
      c.tick(60_100);
      expect(vibrate.callCount).to.equal(0);
    });

    it('does not try to vibrate before any press on the page', async () => {
      const vibrate = sinon.stub().returns(true);
      Object.defineProperty(navigator, 'vibrate', { configurable: true, value: vibrate });
      Object.defineProperty(navigator, 'userActivation', { configurable: true, value: { hasBeenActive: false, isActive: false } });
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const c = fakeClock();
      el.start();
      c.tick(60_100);
      expect(el.state).to.equal('complete');
      expect(vibrate.callCount).to.equal(0);
    });

    it('the breathing pacer says in and out by the wall clock, at the chosen pace', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer breathing minutes="1"></alliance-exercise-timer>`);
      await pacerLoaded(el);
      const word = () => text(root(el).querySelector('.breath-word'));
      const c = fakeClock();
      el.start();
      c.tick(2_000);
      await el.updateComplete;
      expect(word()).to.equal(en.ui.timer.breatheIn);
      c.tick(4_020); // 6 s: 6 breaths a minute is 5 s in, 5 s out
      await el.updateComplete;
      expect(word()).to.equal(en.ui.timer.breatheOut);
      c.tick(5_000);
      await el.updateComplete;
      expect(word()).to.equal(en.ui.timer.breatheIn);
      el.breathsPerMinute = 12; // 2.5 s in, 2.5 s out
      await el.updateComplete;
      c.tick(1_520); // 12.5 s, and the frame after it
      await el.updateComplete;
      expect(word()).to.equal(en.ui.timer.breatheOut);
      expect(root(el).querySelector('.breath')!.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(root(el).querySelector('.pacer')!).animationDuration).to.equal('5s');
    });

    it('a bad breaths-per-minute or adjust-seconds warns and uses the default', async () => {
      const el = await fixture<AllianceExerciseTimer>(
        html`<alliance-exercise-timer breathing breaths-per-minute="30" adjust-seconds="-1"></alliance-exercise-timer>`,
      );
      await pacerLoaded(el);
      expect(warnings.messages.filter((m) => m.includes('breaths-per-minute="30"'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('adjust-seconds="-1"'))).to.have.length(1);
      expect(getComputedStyle(root(el).querySelector('.pacer')!).animationDuration).to.equal('10s');
      const c = fakeClock();
      el.start();
      el.shiftPosition();
      await el.updateComplete;
      expect(next(el)).to.contain('20 s');
      c.tick(20_000);
      expect(el.state).to.equal('running');
    });
  });

  describe('screen wake lock', () => {
    function stubWakeLock() {
      const sentinels: { released: boolean; release: sinon.SinonSpy; target: EventTarget }[] = [];
      const request = sinon.spy(() => {
        const target = new EventTarget();
        const sentinel = Object.assign(target, {
          released: false,
          type: 'screen',
          release: sinon.spy(() => {
            sentinel.released = true;
            return Promise.resolve();
          }),
        });
        sentinels.push(Object.assign(sentinel, { target }));
        return Promise.resolve(sentinel);
      });
      Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
      return { request, sentinels };
    }
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const microtasks = async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };

    it('is requested while running and released on pause, stop and complete', async () => {
      const { request, sentinels } = stubWakeLock();
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="0.25"></alliance-exercise-timer>`);
      expect(request.callCount).to.equal(0);
      button(el, 'primary').click();
      await el.updateComplete;
      await settle();
      expect(request.callCount).to.equal(1);
      expect(request.firstCall.args).to.deep.equal(['screen']);
      button(el, 'primary').click(); // pause
      await el.updateComplete;
      expect(sentinels[0].release.callCount).to.equal(1);
      button(el, 'primary').click(); // resume
      await el.updateComplete;
      await settle();
      expect(request.callCount).to.equal(2);
      button(el, 'stop').click();
      await el.updateComplete;
      expect(sentinels[1].release.callCount).to.equal(1);
      const c = fakeClock();
      button(el, 'primary').click();
      await el.updateComplete;
      await microtasks();
      expect(request.callCount).to.equal(3);
      c.tick(15_100);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(sentinels[2].release.callCount).to.equal(1);
    });

    it('is kept through a shifting-position pause', async () => {
      const { request, sentinels } = stubWakeLock();
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      el.start();
      await el.updateComplete;
      await settle();
      el.shiftPosition();
      await el.updateComplete;
      expect(request.callCount).to.equal(1);
      expect(sentinels[0].release.callCount).to.equal(0);
    });

    it('is requested again when the page becomes visible while running', async () => {
      const { request, sentinels } = stubWakeLock();
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      el.start();
      await el.updateComplete;
      await settle();
      setVisibility('hidden');
      // The browser lets go of the lock when the page is hidden.
      sentinels[0].released = true;
      sentinels[0].target.dispatchEvent(new Event('release'));
      setVisibility('visible');
      await settle();
      expect(request.callCount).to.equal(2);
      el.pause();
      await el.updateComplete;
      setVisibility('hidden');
      setVisibility('visible');
      await settle();
      expect(request.callCount, 'not while paused').to.equal(2);
    });

    it('is silently absent where the browser has none, or refuses', async () => {
      Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: undefined });
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      button(el, 'primary').click();
      await el.updateComplete;
      expect(el.state).to.equal('running');
      const request = sinon.stub().rejects(new DOMException('no', 'NotAllowedError'));
      Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
      el.stop();
      await el.updateComplete;
      el.start();
      await el.updateComplete;
      await settle();
      expect(request.callCount).to.equal(1);
      expect(el.state).to.equal('running');
    });
  });

  describe('attributes and bad values', () => {
    it('an unknown exercise warns once, naming it and the accepted ones, and plays hugging till relaxed', async () => {
      await fixture(html`<div>
        <alliance-exercise-timer exercise="yoga"></alliance-exercise-timer>
        <alliance-exercise-timer exercise="yoga"></alliance-exercise-timer>
      </div>`);
      const el = document.querySelector('alliance-exercise-timer')!;
      await el.updateComplete;
      const relevant = warnings.messages.filter((m) => m.includes('"yoga"'));
      expect(relevant).to.have.length(1);
      expect(relevant[0]).to.contain('"hugging-till-relaxed"').and.contain('"heads-on-pillows"').and.contain('"feeling-while-touching"');
      expect(text(root(el).querySelector('[part=title]'))).to.equal(hugging.title);
    });

    it('a level the exercise lacks warns and uses level 1', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer level="4"></alliance-exercise-timer>`);
      expect(warnings.messages.filter((m) => m.includes('level="4"'))).to.have.length(1);
      expect(next(el)).to.contain(hugging.levels[0][0].text);
      const pillowsEl = await fixture<AllianceExerciseTimer>(
        html`<alliance-exercise-timer exercise="heads-on-pillows" level="2"></alliance-exercise-timer>`,
      );
      const relevant = warnings.messages.filter((m) => m.includes('level="2"'));
      expect(relevant).to.have.length(1);
      expect(relevant[0]).to.contain('heads-on-pillows');
      expect(next(pillowsEl)).to.contain(pillows.levels[0][0].text);
    });

    for (const bad of ['0.1', '121', 'soon', '-5']) {
      it(`minutes="${bad}" warns once and uses the exercise's own length`, async () => {
        const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes=${bad}></alliance-exercise-timer>`);
        const relevant = warnings.messages.filter((m) => m.includes(`minutes="${bad}"`));
        expect(relevant, warnings.messages.join('\n')).to.have.length(1);
        expect(relevant[0]).to.contain('0.25 to 120');
        expect(time(el)).to.equal('10:00');
      });
    }

    it('accepts the edges of the minutes range', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="0.25"></alliance-exercise-timer>`);
      expect(time(el)).to.equal('0:15');
      el.minutes = 120;
      await el.updateComplete;
      expect(time(el)).to.equal('120:00');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('changes during a run apply from the next start', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      el.start();
      el.minutes = 2;
      await el.updateComplete;
      expect(el.plannedSeconds).to.equal(60);
      el.stop();
      await el.updateComplete;
      expect(time(el)).to.equal('2:00');
    });
  });

  describe('the host’s own script', () => {
    const script = [
      { at: 0, text: 'Find each other.' },
      { at: 20, text: 'Breathe slowly, <b>together</b>.' },
      { at: 10, text: 'Soften your shoulders.' },
    ];

    it('plays a script given as a property, sorted, its text never read as markup', async () => {
      const el = await fixture<AllianceExerciseTimer>(
        html`<alliance-exercise-timer minutes="0.5" .steps=${script}></alliance-exercise-timer>`,
      );
      const log = record(el);
      const c = fakeClock();
      const t0 = Date.now();
      el.start();
      c.tick(30_100);
      const steps = log.filter((e) => e.type === 'step').map((e) => [e.at - t0, (e.event as AllianceTimerStepEvent).text]);
      expect(steps.map((s) => s[1])).to.deep.equal(['Find each other.', 'Soften your shoulders.', 'Breathe slowly, <b>together</b>.']);
      expect(steps.map((s) => Math.floor((s[0] as number) / 1000))).to.deep.equal([0, 10, 20]);
      el.stop();
      el.start();
      c.tick(20_000);
      await el.updateComplete;
      expect(now(el)).to.contain('Breathe slowly, <b>together</b>.');
      expect(root(el).querySelector('b')).to.equal(null);
      expect(root(el).querySelector('.level')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('plays a script given as JSON in a child script element, and follows changes to it', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1">
        <script type="application/json">
          [{ "at": 0, "text": "Lie down together." }, { "at": 30, "text": "Look, and keep looking." }]
        </script>
      </alliance-exercise-timer>`);
      expect(next(el)).to.contain('Lie down together.');
      el.querySelector('script')!.textContent = '[{ "at": 0, "text": "Sit back to back." }]';
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(next(el)).to.contain('Sit back to back.');
      expect(warnings.messages).to.deep.equal([]);
    });

    const bad: [string, unknown, string][] = [
      ['not an array', { at: 0, text: 'x' }, 'is not an array'],
      ['an empty array', [], 'has no steps'],
      ['a step without text', [{ at: 0 }, { at: 5, text: 'x' }], 'step 1 has no text'],
      ['a negative at', [{ at: -1, text: 'x' }], 'step 1 has no usable "at"'],
      ['a non-numeric at', [{ at: 0, text: 'x' }, { at: '10', text: 'y' }], 'step 2 has no usable "at"'],
      ['an at beyond the length', [{ at: 0, text: 'x' }, { at: 61, text: 'y' }], 'step 2 is at 61 s, beyond the 60 s'],
      ['a step that is not an object', ['hello'], 'step 1 is not an object'],
    ];
    for (const [name, value, reason] of bad) {
      it(`a script with ${name} warns once and plays the exercise's own script`, async () => {
        const el = await fixture<AllianceExerciseTimer>(
          html`<alliance-exercise-timer minutes="1" .steps=${value}></alliance-exercise-timer>`,
        );
        const relevant = warnings.messages.filter((m) => m.includes('steps:'));
        expect(relevant, warnings.messages.join('\n')).to.have.length(1);
        expect(relevant[0]).to.contain(reason);
        expect(next(el)).to.contain(hugging.levels[0][0].text);
      });
    }

    it('a child script that is not JSON, or not a good script, warns and plays the exercise’s own script', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer exercise="heads-on-pillows">
        <script type="application/json">[{ "at": 0, "text": "x" },]</script>
      </alliance-exercise-timer>`);
      expect(warnings.messages.filter((m) => m.includes('is not valid JSON'))).to.have.length(1);
      expect(next(el)).to.contain(pillows.levels[0][0].text);
      const other = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer exercise="heads-on-pillows">
        <script type="application/json">[{ "at": 0, "text": "" }]</script>
      </alliance-exercise-timer>`);
      expect(warnings.messages.filter((m) => m.includes('<script type="application/json">: the script step 1 has no text'))).to.have.length(1);
      expect(next(other)).to.contain(pillows.levels[0][0].text);
    });
  });

  describe('events', () => {
    it('a person’s presses fire start, pause, resume and stop, with what happened', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="2"></alliance-exercise-timer>`);
      const log = record(el);
      const outside: string[] = [];
      document.addEventListener('alliance-timer-start', (e) => outside.push(e.type), { once: true });
      const c = fakeClock();
      button(el, 'primary').click();
      await el.updateComplete;
      c.tick(10_000);
      button(el, 'primary').click();
      await el.updateComplete;
      button(el, 'primary').click();
      await el.updateComplete;
      c.tick(5_000);
      button(el, 'stop').click();
      expect(log.map((e) => e.type).filter((t) => t !== 'step')).to.deep.equal(['start', 'pause', 'resume', 'stop']);
      const start = log[0].event as AllianceTimerStartEvent;
      expect([start.exercise, start.plannedSeconds, start.bubbles, start.composed]).to.deep.equal(['hugging-till-relaxed', 120, true, true]);
      expect(outside, 'bubbles out of the element').to.deep.equal(['alliance-timer-start']);
      const pause = log.find((e) => e.type === 'pause')!.event as AllianceTimerPauseEvent;
      expect([pause.adjusting, pause.remainingSeconds]).to.deep.equal([false, 110]);
      const stop = log.find((e) => e.type === 'stop')!.event as AllianceTimerStopEvent;
      expect(stop.elapsedSeconds).to.equal(15);
      expect(stop.remainingSeconds).to.equal(105);
      await el.updateComplete;
      expect(el.state).to.equal('idle');
    });

    it('Stop says how much time was left, and Carry on takes the run back to where it was', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const log = record(el);
      const c = fakeClock();
      expect(button(el, 'carry-on').hidden, 'nothing to carry on before a run').to.equal(true);
      button(el, 'primary').click();
      await el.updateComplete;
      c.tick(20_000);
      await el.updateComplete;
      const stepsBefore = log.filter((e) => e.type === 'step').length;
      button(el, 'stop').click();
      await el.updateComplete;
      const said = format(en.ui.timer.stopped, { time: '0:40' });
      expect(el.state).to.equal('idle');
      expect(now(el)).to.equal(said);
      expect(announced(el)).to.equal(said);
      expect(button(el, 'carry-on').hidden).to.equal(false);
      expect(text(button(el, 'carry-on'))).to.equal(en.ui.timer.carryOn);
      c.tick(3_000);
      button(el, 'carry-on').click();
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(time(el)).to.equal('0:40');
      expect(button(el, 'carry-on').hidden).to.equal(true);
      const resumed = log.at(-1)!;
      expect(resumed.type).to.equal('resume');
      expect((resumed.event as AllianceTimerResumeEvent).automatic).to.equal(false);
      expect(log.filter((e) => e.type === 'step').length, 'the step under way is not announced again').to.equal(stepsBefore);
      c.tick(40_000);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(log.filter((e) => e.type === 'complete')).to.have.length(1);
    });

    it('Carry on after a pause stays paused; the offer goes after ten seconds or a new start; stop() from code offers nothing', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const c = fakeClock();
      button(el, 'primary').click();
      c.tick(30_000);
      button(el, 'primary').click();
      await el.updateComplete;
      button(el, 'stop').click();
      await el.updateComplete;
      button(el, 'carry-on').click();
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(el.remainingSeconds).to.equal(30);

      button(el, 'stop').click();
      await el.updateComplete;
      c.tick(9_900);
      await el.updateComplete;
      expect(button(el, 'carry-on').hidden).to.equal(false);
      c.tick(200);
      await el.updateComplete;
      expect(button(el, 'carry-on').hidden, 'gone after ten seconds').to.equal(true);
      expect(now(el)).to.equal(hugging.summary);

      button(el, 'primary').click();
      c.tick(5_000);
      button(el, 'stop').click();
      await el.updateComplete;
      button(el, 'primary').click();
      await el.updateComplete;
      expect(button(el, 'carry-on').hidden, 'a new start ends the offer').to.equal(true);
      expect(el.remainingSeconds).to.equal(60);

      el.stop();
      await el.updateComplete;
      expect(button(el, 'carry-on').hidden).to.equal(true);
      expect(now(el)).to.equal(hugging.summary);
    });

    it('methods called from code fire no start, pause, resume or stop; steps and complete still fire by time', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const log = record(el);
      const c = fakeClock();
      el.start();
      c.tick(3_000);
      el.pause();
      el.resume();
      el.shiftPosition();
      el.resume();
      el.stop();
      el.start();
      c.tick(60_100);
      const types = log.map((e) => e.type);
      expect(types.filter((t) => t !== 'step' && t !== 'complete')).to.deep.equal([]);
      expect(types.filter((t) => t === 'complete')).to.have.length(1);
      expect(types.filter((t) => t === 'step')).to.have.length(1 + scaledAt.length);
    });

    it('setting properties fires no event', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      const log = record(el);
      el.minutes = 3;
      el.exercise = 'heads-on-pillows';
      el.level = 1;
      el.steps = [{ at: 0, text: 'Hello.' }];
      el.volume = 0.2;
      el.muted = true;
      el.breathing = true;
      el.stepChime = true;
      await el.updateComplete;
      expect(time(el)).to.equal('3:00');
      expect(log).to.deep.equal([]);
      expect(el.state).to.equal('idle');
    });
  });

  describe('keyboard', () => {
    it('Space on the time display starts, pauses and resumes', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      const log = record(el);
      root(el).querySelector<HTMLElement>('[role=timer]')!.focus();
      await sendKeys({ press: ' ' });
      expect(el.state).to.equal('running');
      await sendKeys({ press: ' ' });
      expect(el.state).to.equal('paused');
      await sendKeys({ press: ' ' });
      expect(el.state).to.equal('running');
      expect(log.map((e) => e.type).filter((t) => t !== 'step')).to.deep.equal(['start', 'pause', 'resume']);
    });

    it('Space on a focused button presses that button once, nothing more', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      button(el, 'primary').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.state).to.equal('running');
      button(el, 'shift').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.state).to.equal('adjusting');
      button(el, 'stop').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(root(el).activeElement === button(el, 'primary'), 'the focus moves to Start when Stop disappears').to.equal(true);
    });

    it('Space on the "why this helps" summary opens it and leaves the timer alone', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer></alliance-exercise-timer>`);
      const details = root(el).querySelector<HTMLDetailsElement>('details.why')!;
      details.querySelector('summary')!.focus();
      await sendKeys({ press: ' ' });
      await new Promise((r) => setTimeout(r, 50));
      expect(details.open).to.equal(true);
      expect(el.state).to.equal('idle');
    });
  });

  describe('accessibility', () => {
    it('announces each step once in a polite live region, not every second', async () => {
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      const region = root(el).querySelector('[role=status]')!;
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(text(region)));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      const c = fakeClock();
      el.start();
      for (let i = 0; i < 61; i++) {
        c.tick(1_000);
        await el.updateComplete;
      }
      observer.disconnect();
      const distinct = changes.filter((t, i) => t && t !== changes[i - 1]);
      expect(distinct).to.deep.equal([...hugging.levels[0].map((s) => s.text), en.ui.timer.complete]);
    });

    for (const state of ['idle', 'running', 'paused', 'adjusting'] as const) {
      it(`has no axe violations when ${state}`, async () => {
        const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer breathing></alliance-exercise-timer>`);
        await pacerLoaded(el);
        if (state !== 'idle') button(el, 'primary').click();
        if (state === 'paused') button(el, 'primary').click();
        if (state === 'adjusting') button(el, 'shift').click();
        await el.updateComplete;
        expect(el.state).to.equal(state);
        await expect(el).to.be.accessible();
      });
    }

    it('has no axe violations when complete, or right to left', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl">
        <alliance-exercise-timer minutes="0.25"></alliance-exercise-timer>
      </div>`);
      const el = wrapper.querySelector('alliance-exercise-timer')!;
      const c = fakeClock();
      button(el, 'primary').click();
      c.tick(15_100);
      c.restore();
      clock = undefined;
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      await expect(wrapper).to.be.accessible();
    });
  });
});

// ---------------------------------------------------------------------------------------
// The controllers on their own.

function fakeHost(): ReactiveControllerHost {
  return {
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  };
}

describe('CountdownController', () => {
  it('completes from its alarm alone when timers are throttled to nothing, and waits out an early alarm', () => {
    let wall = 1_000_000;
    const alarms: { at: number; callback: () => void }[] = [];
    const clock: Partial<CountdownClock> = {
      now: () => wall,
      setTimeout: () => 0, // a hidden tab whose timers never run
      clearTimeout: () => {},
      visible: () => false,
    };
    const onComplete = sinon.spy();
    const countdown = new CountdownController(fakeHost(), {
      clock,
      onComplete,
      alarm: (delay, callback) => {
        alarms.push({ at: wall + delay, callback });
        return () => {};
      },
    });
    countdown.hostConnected();
    countdown.start(600_000);
    expect(alarms.at(-1)!.at).to.equal(1_600_000);
    wall = 1_599_000; // an alarm a second early (clock drift): not yet
    alarms.at(-1)!.callback();
    expect(onComplete.callCount).to.equal(0);
    expect(countdown.remainingMs).to.equal(1_000);
    wall = 1_600_010;
    alarms.at(-1)!.callback();
    expect(onComplete.callCount).to.equal(1);
    expect(countdown.state).to.equal('complete');
    expect(countdown.remainingMs).to.equal(0);
    expect(countdown.wallElapsedMs).to.equal(600_010);
  });

  it('resumes a timed pause from the moment it was due, even when woken late', () => {
    let wall = 0;
    const timers: (() => void)[] = [];
    const onAutoResume = sinon.spy();
    const countdown = new CountdownController(fakeHost(), {
      clock: { now: () => wall, setTimeout: (f) => timers.push(f), clearTimeout: () => {}, visible: () => false },
      onAutoResume,
    });
    countdown.hostConnected();
    countdown.start(60_000);
    wall = 10_000;
    countdown.pause(20_000);
    expect(countdown.resumeAt).to.equal(30_000);
    expect(countdown.deadline).to.equal(80_000);
    wall = 45_000; // woken 15 s late
    countdown.check();
    expect(onAutoResume.callCount).to.equal(1);
    expect(countdown.state).to.equal('running');
    expect(countdown.remainingMs).to.equal(35_000);
  });
});

describe('ChimeController', () => {
  beforeEach(() => {
    FakeAudioContext.instances = [];
    sinon.stub(window, 'AudioContext').value(FakeAudioContext);
  });
  afterEach(() => sinon.restore());

  it('makes no sound and no alarm before unlock, and times an alarm by the audio clock after', () => {
    const chime = new ChimeController(fakeHost());
    expect(chime.ring()).to.equal(undefined);
    expect(chime.alarm(1_000, () => {})).to.equal(undefined);
    chime.unlock();
    const ctx = FakeAudioContext.instances[0];
    const fired = sinon.spy();
    chime.alarm(2_500, fired);
    ctx.advance(2.4);
    expect(fired.callCount).to.equal(0);
    ctx.advance(0.1);
    expect(fired.callCount).to.equal(1);
    const cancelled = sinon.spy();
    const cancel = chime.alarm(1_000, cancelled)!;
    cancel();
    ctx.advance(2);
    expect(cancelled.callCount).to.equal(0);
  });

  it('schedules a bell ahead and cancels it', () => {
    const chime = new ChimeController(fakeHost());
    chime.unlock();
    const ctx = FakeAudioContext.instances[0];
    const bell = chime.scheduleAt(65)!;
    expect(bell.at).to.equal(65);
    expect(ctx.bells()).to.deep.equal([{ at: 65, cancelled: false }]);
    bell.cancel();
    expect(ctx.bells()[0].cancelled).to.equal(true);
  });
});

describe('WakeLockController', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).wakeLock;
  });

  it('releases a lock that arrives after it was no longer wanted', async () => {
    const release = sinon.spy(() => Promise.resolve());
    let grant: (s: unknown) => void = () => {};
    const request = sinon.spy(() => new Promise((resolve) => (grant = resolve)));
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    const lock = new WakeLockController(fakeHost());
    lock.hostConnected();
    lock.active = true;
    lock.active = false;
    grant({ released: false, release, addEventListener() {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(release.callCount).to.equal(1);
    expect(lock.held).to.equal(false);
    lock.hostDisconnected();
  });

  it('never throws when the API throws', () => {
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request() {
          throw new Error('nope');
        },
      },
    });
    const lock = new WakeLockController(fakeHost());
    lock.hostConnected();
    expect(() => (lock.active = true)).to.not.throw();
    expect(lock.held).to.equal(false);
    lock.hostDisconnected();
  });
});
