import type { PracticeSession } from './practice-log.data.js';

/**
 * The practice log changed: a session was noted (`added`), sessions were deleted (`deleted`,
 * also a stopped session taken back when the couple carry on), brought back by Undo
 * (`restored`) or from a file (`imported`). `sessions` are those sessions.
 * When a session is `added`, the event can be cancelled (`preventDefault()`): the timer then
 * keeps it out of this browser's log, for a page that keeps it elsewhere.
 */
export class AllianceTimerLogEvent extends Event {
  static readonly eventName = 'alliance-timer-log';
  readonly action: 'added' | 'deleted' | 'restored' | 'imported';
  readonly sessions: readonly PracticeSession[];

  constructor(action: AllianceTimerLogEvent['action'], sessions: readonly PracticeSession[]) {
    super(AllianceTimerLogEvent.eventName, { bubbles: true, composed: true, cancelable: action === 'added' });
    this.action = action;
    this.sessions = sessions;
  }
}
