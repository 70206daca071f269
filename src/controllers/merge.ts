/**
 * Two edits of one stored value, made in two tabs from the same starting point, brought
 * together field by field: what only one side changed is taken from that side; a field both
 * changed goes to the newer edit. Plain objects and arrays of the same length are merged by
 * their fields; anything else is one field.
 */
export interface Merged {
  readonly value: unknown;
  /**
   * True when the older side lost words in a field both changed (and they are not part of
   * the newer side's text): the caller keeps the older side somewhere it can be recovered.
   */
  readonly lost: boolean;
}

/**
 * `here`: fields of an object value that say where this page is (a step): they keep this
 * page's value, whatever the other side did (see StoredOptions.here).
 */
export function merge(base: unknown, ours: unknown, theirs: unknown, oursNewer: boolean, here?: readonly string[]): Merged {
  const merged = mergeFields(base, ours, theirs, oursNewer);
  if (!here || !isRecord(ours) || !isRecord(merged.value)) return merged;
  const kept = Object.fromEntries(here.filter((field) => field in ours).map((field) => [field, ours[field]]));
  return { value: { ...merged.value, ...kept }, lost: merged.lost };
}

function mergeFields(base: unknown, ours: unknown, theirs: unknown, oursNewer: boolean): Merged {
  if (same(ours, theirs) || same(theirs, base)) return { value: ours, lost: false };
  if (same(ours, base)) return { value: theirs, lost: false };
  if (isRecord(ours) && isRecord(theirs)) {
    const from = isRecord(base) ? base : {};
    const value: Record<string, unknown> = {};
    let lost = false;
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      const field = mergeFields(from[key], ours[key], theirs[key], oursNewer);
      if (field.value !== undefined) value[key] = field.value;
      lost ||= field.lost;
    }
    return { value, lost };
  }
  if (isIdList(ours) && isIdList(theirs) && (ours.length || theirs.length)) {
    return mergeById(isIdList(base) ? base : [], ours, theirs, oursNewer);
  }
  if (Array.isArray(ours) && Array.isArray(theirs) && ours.length === theirs.length) {
    const from = Array.isArray(base) ? base : [];
    let lost = false;
    const value = ours.map((item, i) => {
      const field = mergeFields(from[i], item, theirs[i], oursNewer);
      lost ||= field.lost;
      return field.value;
    });
    return { value, lost };
  }
  const [newer, older] = oursNewer ? [ours, theirs] : [theirs, ours];
  // Nothing was there to start from and the newer side is still empty: the older words stand.
  if (base === undefined && isEmpty(newer)) return { value: older, lost: false };
  // Only words can be lost; a step, a tick or a count simply takes the newer value. A text the
  // newer edit still contains (typed on from it) has lost nothing.
  const kept = typeof newer === 'string' && newer.includes(older as string);
  return { value: newer, lost: typeof older === 'string' && !kept && !isEmpty(older) };
}

type WithId = Record<string, unknown> & { readonly id: string };

/** A list of records that each carry an `id` (saved check-ins, an alliance's revisions), or none yet. */
function isIdList(value: unknown): value is readonly WithId[] {
  return Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.id === 'string');
}

/**
 * Two lists of records with ids: every record either side has is kept (this side's order first),
 * except one that either side deleted since the start; a record both changed is merged.
 */
function mergeById(base: readonly WithId[], ours: readonly WithId[], theirs: readonly WithId[], oursNewer: boolean): Merged {
  const before = new Map(base.map((item) => [item.id, item]));
  const mine = new Map(ours.map((item) => [item.id, item]));
  const other = new Map(theirs.map((item) => [item.id, item]));
  let lost = false;
  const value: unknown[] = [];
  for (const id of new Set([...mine.keys(), ...other.keys()])) {
    const a = mine.get(id);
    const b = other.get(id);
    if (a && b) {
      const item = mergeFields(before.get(id), a, b, oursNewer);
      lost ||= item.lost;
      value.push(item.value);
    } else if (!before.has(id)) {
      // New on one side: kept.
      value.push(a ?? b);
    } else {
      // Deleted on one side; if the other side had changed it meanwhile, that change is lost.
      lost ||= !same(before.get(id), a ?? b);
    }
  }
  return { value, lost };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nothing written: nothing at all, blank text, or a list of nothing written (a draft's untouched answers). */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.every(isEmpty));
}

/** The same JSON data (stored values are JSON, so this is enough). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
