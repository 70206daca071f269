import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen awake while `active` is true (Screen Wake Lock API). The browser drops
 * the lock whenever the page is hidden, so it is requested again when the page becomes
 * visible. Where the API is missing or refuses (a permissions policy, a hidden page, low
 * battery), nothing happens: the screen may simply dim. Never throws.
 */
export class WakeLockController implements ReactiveController {
  #active = false;
  #sentinel: WakeLockSentinel | undefined;
  #pending = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#active) this.#request();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#release();
  }

  /** Whether the screen should stay awake. */
  get active(): boolean {
    return this.#active;
  }

  set active(value: boolean) {
    if (value === this.#active) return;
    this.#active = value;
    if (value) this.#request();
    else this.#release();
  }

  /** True while the browser holds a lock for us. */
  get held(): boolean {
    return this.#sentinel !== undefined && !this.#sentinel.released;
  }

  #request(): void {
    const api = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!api || this.held || this.#pending || document.visibilityState === 'hidden') return;
    this.#pending = true;
    let request: Promise<WakeLockSentinel>;
    try {
      request = Promise.resolve(api.request('screen'));
    } catch {
      this.#pending = false;
      return;
    }
    request.then(
      (sentinel) => {
        this.#pending = false;
        if (!this.#active) {
          // Stopped while the request was on its way.
          this.#releaseSentinel(sentinel);
          return;
        }
        this.#sentinel = sentinel;
        sentinel.addEventListener?.('release', () => {
          if (this.#sentinel === sentinel) this.#sentinel = undefined;
        });
      },
      () => {
        this.#pending = false;
      },
    );
  }

  #release(): void {
    const sentinel = this.#sentinel;
    this.#sentinel = undefined;
    if (sentinel) this.#releaseSentinel(sentinel);
  }

  #releaseSentinel(sentinel: WakeLockSentinel): void {
    try {
      sentinel.release().catch(() => {});
    } catch {
      // A sentinel already released, or a browser that throws: nothing to do.
    }
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.#active) {
      // The browser released the lock when the page was hidden.
      if (this.#sentinel?.released) this.#sentinel = undefined;
      this.#request();
    }
  };
}
