/**
 * The check-in's events. The submit event comes with the check-in; the history's (delete,
 * restore) with the history, which loads when it is shown: both are here for importers.
 */
import type { AllianceCheckInSubmitEvent } from './check-in.submit.js';
import type { AllianceCheckInDeleteEvent, AllianceCheckInRestoreEvent } from './history.events.js';

export { AllianceCheckInSubmitEvent } from './check-in.submit.js';
export { AllianceCheckInDeleteEvent, AllianceCheckInRestoreEvent } from './history.events.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-check-in-submit': AllianceCheckInSubmitEvent;
    'alliance-check-in-delete': AllianceCheckInDeleteEvent;
    'alliance-check-in-restore': AllianceCheckInRestoreEvent;
  }
}
