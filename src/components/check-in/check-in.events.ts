/**
 * The check-in's events. The submit event comes with the check-in; the history's (delete,
 * restore) with the history, and the two phones' (share, receive) with that part, which load
 * when they are needed: all are here for importers.
 */
import type { AllianceCheckInSubmitEvent } from './check-in.submit.js';
import type { AllianceCheckInDeleteEvent, AllianceCheckInRestoreEvent } from './history.events.js';
import type { AllianceCheckInReceiveEvent, AllianceCheckInShareEvent } from './two-devices.events.js';

export { AllianceCheckInSubmitEvent } from './check-in.submit.js';
export { AllianceCheckInDeleteEvent, AllianceCheckInRestoreEvent } from './history.events.js';
export { AllianceCheckInShareEvent, AllianceCheckInReceiveEvent } from './two-devices.events.js';
export type { CheckInLinkData, LinkResponse } from './two-devices.data.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-check-in-submit': AllianceCheckInSubmitEvent;
    'alliance-check-in-delete': AllianceCheckInDeleteEvent;
    'alliance-check-in-restore': AllianceCheckInRestoreEvent;
    'alliance-check-in-share': AllianceCheckInShareEvent;
    'alliance-check-in-receive': AllianceCheckInReceiveEvent;
  }
}
