import * as A from '@automerge/automerge';
import { isTextField, NOT_EDITS, UNKEPT_LOSERS } from '../../shared/sync/synced-fields';
import { canonicalJson } from '../backup/canonical-json';
import { spliceText } from './text-splices';

/**
 * One Automerge document per record. Its root holds:
 * - `k`: the record kind;
 * - `d`: the record's data, objects as maps (merged key by key), the fields named in
 *   synced-fields as text (merged character by character), every other value as one
 *   JSON scalar (an immutable string), so a concurrent change picks one side whole;
 * - `e`: a counter of edits (every change other than trashing, restoring or stamping);
 * - `t`: the trash, one scalar {at, seen}: when it was trashed and how many edits the
 *   trashing computer had seen. An edit it had not seen brings the record back.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Fields = Record<string, unknown>;
interface RecordRoot {
  k: A.ImmutableString;
  d: Fields;
  e: A.Counter;
  t?: A.ImmutableString;
}
export type RecordDoc = A.Doc<RecordRoot>;

interface Trash {
  at: string;
  seen: number;
}

export interface Materialized {
  kind: string;
  data: Fields;
  /** Values a concurrent change lost to the deterministic winner, where they were. */
  losers: { path: string[]; value: unknown }[];
  /** In the trash on one computer, edited on another without seeing the trash: kept out of the trash. */
  broughtBack: boolean;
}

const scalar = (value: unknown): A.ImmutableString => new A.ImmutableString(JSON.stringify(value ?? null));
const isMap = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof A.ImmutableString) && !(value instanceof A.Counter);
const isPlainObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function decode(value: unknown): unknown {
  if (value instanceof A.ImmutableString) return JSON.parse(value.val) as Json;
  if (value instanceof A.Counter) return value.value;
  if (typeof value === 'string') return value;
  if (isMap(value)) return Object.fromEntries(Object.keys(value).map((key) => [key, decode(value[key])]));
  return value;
}

function toDoc(kind: string, path: string[], value: unknown): unknown {
  if (typeof value === 'string' && isTextField(kind, path)) return value;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDoc(kind, [...path, key], inner)]));
  return scalar(value);
}

/** Makes `map` (at `path` under the root) hold `next`, touching only what changed. */
function update(root: unknown, map: Fields, next: Fields, kind: string, path: string[]): void {
  for (const key of Object.keys(map)) if (!Object.hasOwn(next, key)) delete map[key];
  for (const [key, value] of Object.entries(next)) {
    const here = map[key];
    const at = [...path, key];
    if (typeof value === 'string' && isTextField(kind, at)) {
      if (typeof here === 'string') {
        if (here !== value) spliceText(root, ['d', ...at], here, value);
      } else map[key] = value;
    } else if (isPlainObject(value)) {
      if (isMap(here)) update(root, here, value, kind, at);
      else map[key] = toDoc(kind, at, value);
    } else if (!(here instanceof A.ImmutableString && here.val === JSON.stringify(value ?? null))) {
      map[key] = scalar(value);
    }
  }
}

function withoutTrash(data: Fields): Fields {
  const copy = { ...data };
  for (const key of NOT_EDITS) delete copy[key];
  return copy;
}

function readTrash(doc: RecordDoc): Trash | null {
  return doc.t === undefined ? null : (decode(doc.t) as Trash | null);
}

/** A new record's document, written by this computer; `change` is what to send. */
export function createRecordDoc(actor: string, kind: string, data: Fields): { doc: RecordDoc; change: Uint8Array } {
  const { deletedAt, ...rest } = data;
  const doc = A.change(A.init<RecordRoot>({ actor }), (root) => {
    root.k = scalar(kind);
    root.d = toDoc(kind, [], rest) as Fields;
    root.e = new A.Counter(0);
    // Kinds without a trash (earlier versions) have no `t`.
    if (Object.hasOwn(data, 'deletedAt')) root.t = scalar(typeof deletedAt === 'string' ? { at: deletedAt, seen: 0 } : null);
  });
  return { doc, change: A.getLastLocalChange(doc)! };
}

/**
 * Records this computer's edit as made on top of `base` (the heads its journal's
 * copy was built from), so it is concurrent with whatever arrived since and merges
 * with it instead of overwriting it. Null when nothing differs.
 */
export function editRecordDoc(doc: RecordDoc, base: A.Heads, data: Fields): { doc: RecordDoc; heads: A.Heads; change: Uint8Array } | null {
  const before = A.view(doc, base);
  const kind = decode(before.k) as string;
  const old = decode(before.d) as Fields;
  const { deletedAt, ...rest } = data;
  const edited = canonicalJson(withoutTrash(old)) !== canonicalJson(withoutTrash(rest));
  const trash = readTrash(before);
  const wasTrashed = trash !== null && !(before.e.value > trash.seen);
  // A record trashed again, or whose trash date this journal holds differently, sends its own date, so every computer ends with one.
  const trashing = before.t !== undefined && typeof deletedAt === 'string' && (!wasTrashed || trash.at !== deletedAt);
  const restoring = before.t !== undefined && deletedAt === null && wasTrashed;
  if (canonicalJson(old) === canonicalJson(rest) && !trashing && !restoring) return null;
  const { newDoc, newHeads } = A.changeAt(doc, base, (root) => {
    update(root, root.d, rest, kind, []);
    if (edited) root.e.increment(1);
    if (trashing) root.t = scalar({ at: deletedAt, seen: root.e.value });
    if (restoring) root.t = scalar(null);
  });
  if (!newHeads) return null;
  const change = A.getLastLocalChange(newDoc)!;
  // After changeAt, the document's JavaScript view can show a concurrent insertion twice (same heads, different
  // text on two computers, seen in the sync tests), so the document is read back from its own bytes.
  return { doc: A.load<RecordRoot>(A.save(newDoc), { actor: A.getActorId(newDoc) }), heads: newHeads, change };
}

/** getConflicts gives an immutable string's value as a plain string, so the field's type says which it was. */
function decodeConflict(kind: string, path: string[], value: unknown): unknown {
  if (typeof value !== 'string' || isTextField(kind, path)) return decode(value);
  try {
    return JSON.parse(value) as Json;
  } catch {
    return value;
  }
}

function collectLosers(kind: string, map: Fields, path: string[], losers: Materialized['losers']): void {
  for (const key of Object.keys(map)) {
    const at = [...path, key];
    const conflicts = A.getConflicts(map as A.Doc<Fields>, key);
    if (conflicts && Object.keys(conflicts).length > 1 && !(path.length === 0 && UNKEPT_LOSERS.has(key))) {
      const winner = canonicalJson(decode(map[key]));
      for (const value of Object.values(conflicts)) {
        const decoded = decodeConflict(kind, at, value);
        if (canonicalJson(decoded) !== winner) losers.push({ path: at, value: decoded });
      }
    }
    const inner = map[key];
    if (isMap(inner)) collectLosers(kind, inner, at, losers);
  }
}

/** The record a document stands for now: the same on every computer that has the same changes. */
export function materializeRecord(doc: RecordDoc): Materialized {
  const kind = decode(doc.k) as string;
  const data = decode(doc.d) as Fields;
  const trash = readTrash(doc);
  const broughtBack = trash !== null && doc.e.value > trash.seen;
  const losers: Materialized['losers'] = [];
  collectLosers(kind, doc.d, [], losers);
  const trashField = doc.t === undefined ? {} : { deletedAt: trash && !broughtBack ? trash.at : null };
  return { kind, data: { ...data, ...trashField }, losers, broughtBack };
}

/** The record as the loser of one conflict would have had it. */
export function withValueAt(data: Fields, path: string[], value: unknown): Fields {
  const [head, ...rest] = path;
  if (head === undefined) return data;
  if (rest.length === 0) return { ...data, [head]: value };
  const inner = data[head];
  return { ...data, [head]: withValueAt(isPlainObject(inner) ? inner : {}, rest, value) };
}

export function kindOfDoc(doc: RecordDoc): string | null {
  return doc.k ? (decode(doc.k) as string) : null;
}
