import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localDayKey } from '../base/day.js';

/** Milliseconds from `date` to the next local midnight (daylight-saving days included). */
export function msUntilLocalMidnight(date: Date): number {
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  return next.getTime() - date.getTime();
}

export { localDayKey };

/**
 * The local calendar day, kept current: the host updates at local midnight and when the page
 * becomes visible again (a laptop that slept through midnight wakes to the new day).
 */
export class LocalDayController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer?: ReturnType<typeof setTimeout>;
  #date = new Date();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Now, as of the last check. */
  get date(): Date {
    return this.#date;
  }

  /** The local day as "YYYY-MM-DD". */
  get key(): string {
    return localDayKey(this.#date);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#refresh);
    this.#refresh();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#refresh);
    clearTimeout(this.#timer);
  }

  #refresh = (): void => {
    const before = this.key;
    this.#date = new Date();
    if (this.key !== before) this.#host.requestUpdate();
    clearTimeout(this.#timer);
    // A little past midnight, so that the new date is surely in force when it fires.
    this.#timer = setTimeout(this.#refresh, msUntilLocalMidnight(this.#date) + 50);
  };
}
