import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { exerciseIds } from '../src/content/types.js';
import type { AllianceExerciseTimer } from '../src/components/exercise-timer/exercise-timer.js';

type Args = {
  exercise: string;
  level?: number;
  voice: 'off' | 'on';
  log: boolean;
  minutes?: number;
  breathing: boolean;
  'breaths-per-minute': number;
  'step-chime': boolean;
  muted: boolean;
  volume: number;
};

function timerIn(canvas: HTMLElement): AllianceExerciseTimer {
  return canvas.querySelector('alliance-exercise-timer')!;
}

/** Starts a run and moves the clock past its end, as a laptop that slept through it would. */
async function finish(timer: AllianceExerciseTimer): Promise<void> {
  timer.start();
  const realNow = Date.now;
  const jump = timer.plannedSeconds * 1000 + 1000;
  Date.now = () => realNow() + jump;
  document.dispatchEvent(new Event('visibilitychange'));
  Date.now = realNow;
  await timer.updateComplete;
}

/**
 * A guided exercise for two, from David Schnarch's *Intimacy and Desire*: the timer plays the
 * exercise's timed script and rings a soft bell when the time is up, on time even when the
 * phone's screen is off or the tab is in the background. `minutes` stretches or shrinks the
 * script; a host can give its own script as JSON in a child `<script type="application/json">`.
 *
 * Accessibility: the time left is a named `role="timer"` that does not chatter; each new step
 * is announced once in a polite live region; the ring is hidden from assistive technology;
 * every control is a real button, and Space starts and pauses when the time display has the
 * focus. The breathing pacer only moves when reduced motion is not asked for, and otherwise
 * shows the words "Breathe in" and "Breathe out".
 *
 * The state stories start the timer from code (no sound): a person's own press is what
 * allows the bell.
 */
const meta: Meta<Args> = {
  title: 'Elements/Exercise timer',
  component: 'alliance-exercise-timer',
  args: {
    exercise: 'hugging-till-relaxed',
    level: undefined,
    voice: 'off',
    log: false,
    minutes: undefined,
    breathing: false,
    'breaths-per-minute': 6,
    'step-chime': false,
    muted: false,
    volume: 0.6,
  },
  argTypes: {
    exercise: { control: 'inline-radio', options: [...exerciseIds] },
    level: { control: { type: 'number', min: 1, max: 3, step: 1 } },
    voice: { control: 'inline-radio', options: ['off', 'on'] },
    minutes: { control: { type: 'number', min: 0.25, max: 120, step: 0.25 } },
    'breaths-per-minute': { control: { type: 'number', min: 3, max: 12, step: 1 } },
    volume: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  },
  render: (args) =>
    html`<alliance-exercise-timer
      exercise=${args.exercise}
      level=${args.level ?? nothing}
      voice=${args.voice}
      ?log=${args.log}
      minutes=${args.minutes ?? nothing}
      ?breathing=${args.breathing}
      breaths-per-minute=${args['breaths-per-minute']}
      ?step-chime=${args['step-chime']}
      ?muted=${args.muted}
      volume=${args.volume}
    ></alliance-exercise-timer>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    await expect(timer.state).toBe('idle');
    await expect(timer.shadowRoot!.querySelector('[role=timer]')!.textContent).toContain('10:00');
  },
};

export const HeadsOnPillows: Story = { args: { exercise: 'heads-on-pillows' } };

export const FeelingWhileTouching: Story = { args: { exercise: 'feeling-while-touching' } };

/** Hugging till relaxed has three levels of attention; the later ones follow the first once it is comfortable. */
export const LaterLevel: Story = { args: { level: 3 } };

export const Running: Story = {
  args: { minutes: 5 },
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    timer.start();
    await timer.updateComplete;
    await expect(timer.matches(':state(running)')).toBe(true);
  },
};

export const Paused: Story = {
  args: { minutes: 5 },
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    timer.start();
    timer.pause();
    await timer.updateComplete;
    await expect(timer.matches(':state(paused)')).toBe(true);
  },
};

/** "I'm moving to get comfortable, I don't want to stop": a short pause that carries on by itself. */
export const ShiftingPosition: Story = {
  args: { minutes: 5 },
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    timer.start();
    await timer.updateComplete;
    await userEvent.click(timer.shadowRoot!.querySelector<HTMLButtonElement>('button.shift')!);
    await expect(timer.matches(':state(adjusting)')).toBe(true);
  },
};

/** The end, reached here by moving the clock past the deadline, as a laptop that slept through it would. */
export const Complete: Story = {
  args: { minutes: 1 },
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    await finish(timer);
    await expect(timer.matches(':state(complete)')).toBe(true);
    await expect(timer.shadowRoot!.querySelector('[role=timer]')!.textContent).toContain('0:00');
  },
};

/** Six slow breaths a minute, paced by a disc in the ring (the words "Breathe in" and "Breathe out" with reduced motion). */
export const BreathingPacer: Story = {
  args: { exercise: 'heads-on-pillows', breathing: true, minutes: 5 },
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    timer.start();
    // The pacer loads as a part of its own the first time it is asked for.
    await waitFor(() => expect(timer.shadowRoot!.querySelector('.pacer')).toBeTruthy());
  },
};

/**
 * Each step said aloud at its time, in the element's language, by a voice that runs on the
 * device (none leaves it): "Spoken cues" says which voice, or that the device has none for the
 * language (the timer then keeps its bell). Speed and volume are a person's to set.
 */
export const SpokenCues: Story = {
  args: { voice: 'on', minutes: 5 },
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    const details = timer.shadowRoot!.querySelector<HTMLDetailsElement>('details.voice')!;
    await userEvent.click(details.querySelector('summary')!);
    await expect(details.open).toBe(true);
    // A device may take a few seconds to list its voices ("Looking for a voice…" meanwhile).
    await waitFor(() => expect(timer.shadowRoot!.querySelector('#voice-status')?.textContent?.trim()).toMatch(/^(Voice:|No voice)/), { timeout: 8000 });
  },
};

/** With `log`: each session finished is noted in this browser, by week, to download, print, bring back or delete. */
export const PracticeLog: Story = {
  args: { log: true, minutes: 0.25 },
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    await waitFor(() => expect(timer.shadowRoot!.querySelector('section.log')).toBeTruthy());
    await expect(timer.shadowRoot!.querySelector('section.log [role=heading]')!.textContent).toContain('Your practice');
  },
};

/** After a finished session of the first level: what the next adds, and the couple's choice to try it. */
export const ChooseTheNextLevel: Story = {
  args: { minutes: 1 },
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    await finish(timer);
    const choose = timer.shadowRoot!.querySelector<HTMLButtonElement>('button.choose')!;
    await expect(choose.textContent).toContain('Try level 2 next time');
    await userEvent.click(choose);
    await expect(choose.getAttribute('aria-pressed')).toBe('true');
  },
};

/** A host's own script, as JSON in a child script element: `at` is seconds from the start. */
export const CustomScript: Story = {
  render: () => html`<alliance-exercise-timer exercise="heads-on-pillows" minutes="3">
    <script type="application/json">
      [
        { "at": 0, "text": "Settle onto your pillows and let your eyes meet." },
        { "at": 60, "text": "Breathe out slowly. Let your face soften." },
        { "at": 120, "text": "Stay with each other for one more minute." }
      ]
    </script>
  </alliance-exercise-timer>`,
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    await timer.updateComplete;
    await expect(timer.shadowRoot!.querySelector('.next')!.textContent).toContain('Settle onto your pillows');
  },
};

/** The note that either partner may stop is a slot: a practice can put its own words there. */
export const CustomNote: Story = {
  render: () => html`<alliance-exercise-timer>
    <span slot="note">Either of you can say “stop”, and you stop. No reasons needed.</span>
  </alliance-exercise-timer>`,
};

/** Dark, set by the provider's `theme` (without one, the timer follows the system setting). */
export const Dark: Story = {
  args: { breathing: true, minutes: 5 },
  decorators: [
    (story) => html`<div class="dark-bg"><alliance-provider theme="dark">${story()}</alliance-provider></div>
      <style>.dark-bg{background:#121010;padding:1.5rem}</style>`,
  ],
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    timer.start();
    await timer.updateComplete;
  },
};

export const RightToLeft: Story = {
  args: { minutes: 5 },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const timer = timerIn(canvasElement);
    timer.start();
    await timer.updateComplete;
  },
};

/** Tokens set on any ancestor restyle the timer: here a calm green with a smaller ring. */
export const TokenOverrides: Story = {
  decorators: [
    (story) => html`<div class="themed">${story()}</div>
      <style>
        .themed {
          --alliance-color-accent: #2f6b4f;
          --alliance-color-surface: #f4f8f5;
          --alliance-color-surface-alt: #e3eee7;
          --alliance-timer-ring-size: 10rem;
          --alliance-timer-time-size: 2.25rem;
        }
      </style>`,
  ],
};
