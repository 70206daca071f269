/** Why a store call failed; a safe store reads this to decide what to tell people. */
export type StoreErrorKind = 'unavailable' | 'quota' | 'newer-version' | 'adapter';

/** The one error type stores in this library throw; the original failure is its `cause`. */
export class StoreError extends Error {
  override name = 'StoreError';

  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * True for "storage is full". Browsers disagree on the shape: Chromium and current Firefox
 * use the name `QuotaExceededError` (code 22), older Firefox `NS_ERROR_DOM_QUOTA_REACHED`
 * (code 1014), and some hand-rolled adapters only copy the code.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  return typeof DOMException !== 'undefined' && error instanceof DOMException && (code === 22 || code === 1014);
}

/**
 * Turns anything thrown (a DOMException, a host adapter's string, `undefined`) into a
 * `StoreError`; `fallback` is the kind when nothing more specific can be told.
 */
export function toStoreError(error: unknown, fallback: StoreErrorKind): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StoreError('quota', 'Storage is full', { cause: error });
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  // Site data blocked (privacy settings, sandboxed iframe) surfaces as SecurityError.
  if (name === 'SecurityError') return new StoreError('unavailable', 'Storage is blocked', { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(fallback, detail || 'Store call failed', { cause: error });
}
