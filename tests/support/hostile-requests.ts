import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { ZodType } from 'zod';
import { apiContract } from '../../shared/api/contract';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods';

/**
 * Hostile requests for the dispatcher: every one is invalid by construction, so
 * every one must be refused before it reaches a service. Shared by the short test
 * (tests/unit/robustness/hostile-requests.test.ts) and the soak.
 */

export interface HostileRequest {
  category: string;
  method: unknown;
  payload: unknown;
}

/** A well-formed request per method, so one bad field is the only thing wrong with a mutated copy. */
const id = randomUUID();
const VALID_SAMPLES: Record<string, Record<string, unknown>> = {
  'vault.create': { passphrase: 'a long enough passphrase' },
  'vault.confirmRecoveryCode': { answers: [{ group: 1, value: 'ABCD' }] },
  'vault.unlock': { passphrase: 'a guess' },
  'vault.recover': { recoveryCode: 'AAAA-BBBB', newPassphrase: 'a long enough passphrase' },
  'vault.changePassphrase': { current: 'old one', next: 'a long enough passphrase' },
  'vault.reencrypt': { current: 'old one', next: 'a long enough passphrase' },
  'vault.newRecoveryCode': { passphrase: 'a guess' },
  'vault.dismissProblems': { ids: [id] },
  'entries.list': { query: 'words', tags: ['work'], trash: false, kind: 'page', limit: 50, after: `2026-03-14|2026-03-14T10:00:00.000Z|${id}` },
  'entries.get': { id },
  'entries.save': { title: 'A day', date: '2026-03-14', body: 'Words.', tags: ['work'] },
  'entries.trash': { id },
  'entries.restore': { id },
  'entries.purge': { id },
  'entries.versions': { id },
  'entries.correctFraming': { id, sentence: 'A sentence.', label: null },
  'steps.settle': { entryId: id, status: 'done' },
  'wins.list': { query: 'words', kind: 'skill', area: 'work', year: 2026, trash: false },
  'wins.get': { id },
  'wins.save': { date: '2026-03-14', title: 'A win', story: 'Words.', kind: 'skill', area: 'work', tags: ['work'], entryIds: [id] },
  'wins.trash': { id },
  'wins.surface': { tags: ['work'], framing: { shame: 2, accountability: 0, blame: 0, neutral: 1 } },
  'wins.forEntry': { entryId: id },
  'steps.add': { text: 'Do the laundry' },
  'steps.settleOwn': { id, status: 'done' },
  'steps.trashOwn': { id },
  'practices.plan': { date: '2026-03-14', attempt: 'Speak up', fear: 'Silence', expected: 7 },
  'practices.complete': { id, outcome: { date: '2026-03-15', happened: 'Fine.', actual: 2, learned: 'It was fine.' } },
  'practices.trash': { id },
  'trash.restore': { kind: 'win', id },
  'trash.purge': { kind: 'win', id },
  'reflections.rootCausePattern': { entryId: id, date: '2026-03-14', rootCause: { kind: 'tactical', tactic: 'moved-too-fast' } },
  'settings.update': { autoLockMinutes: 5 },
  'backup.export': { to: 'journal-keys', operation: 'export-1a2b3c' },
  'backup.verify': { file: 'a'.repeat(32), operation: 'verify-1a2b3c' },
  'backup.testRestore': { file: 'a'.repeat(32), secret: 'a guess' },
  'backup.previewMerge': { file: 'a'.repeat(32), onlyIds: [id] },
  'backup.merge': { file: 'a'.repeat(32), onlyIds: [id] },
  'backup.restoreInto': { file: 'a'.repeat(32), into: 'choose-folder' },
  'backup.exportPlain': { acknowledgeReadable: true },
  'backup.importJournal': { format: 'jrnl', operation: 'import-1a2b3c' },
  'work.cancel': { operation: 'import-1a2b3c' },
  'timeline.view': { from: '2026-01-01', to: '2026-03-31', resolution: 'week', averageDays: 30 },
  'timeline.summary': { from: '2026-01-01', to: '2026-03-31' },
  'timeline.savePeriod': { id, name: 'After the layoff', from: '2026-01-01', to: '2026-03-31' },
  'timeline.deletePeriod': { id },
  'timeline.patterns': { from: '2026-01-01', to: '2026-12-31' },
  'timeline.onThisDay': { date: '2026-03-14' },
  'timeline.leaveOut': { id, leftOut: true },
  'timeline.calendar': { month: '2026-03' },
  'timeline.day': { date: '2026-03-14' },
  'timeline.review': { year: 2026 },
  'timeline.saveReview': { year: 2026 },
};

function schemaOf(method: ApiMethod): ZodType {
  return apiContract[method].request as ZodType;
}

/** The sample for a method if it (still) validates, else {}: new methods are covered without one. */
export function sampleFor(method: ApiMethod): Record<string, unknown> {
  const sample = VALID_SAMPLES[method];
  return sample && schemaOf(method).safeParse(sample).success ? sample : {};
}

export function methodsWithoutSample(): ApiMethod[] {
  return API_METHODS.filter((method) => Object.keys(sampleFor(method)).length === 0 && !schemaOf(method).safeParse({}).success);
}

function knownKeys(method: ApiMethod): Set<string> {
  const shape = (schemaOf(method) as unknown as { shape?: Record<string, unknown> }).shape;
  return new Set(Object.keys(shape ?? {}));
}

/** Sets a key as an own, enumerable property, even "__proto__" (an object literal would set the prototype instead). */
function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const HUGE_STRING = 'x'.repeat(2_000_001);
function deepArray(levels: number): unknown[] {
  const root: unknown[] = [];
  let current = root;
  for (let i = 0; i < levels; i++) {
    const next: unknown[] = [];
    current.push(next);
    current = next;
  }
  return root;
}
function deepObject(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  for (let i = 0; i < levels; i++) {
    const next: Record<string, unknown> = {};
    current.nested = next;
    current = next;
  }
  return root;
}
const DEEP_ARRAY = deepArray(50_000);
const DEEP_OBJECT = deepObject(50_000);
const CYCLE: Record<string, unknown> = { title: 'loop' };
CYCLE.self = CYCLE;

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf', 'isAdmin'] as const;

/** Values parsed from JSON text, the way a hostile page would build them: "__proto__" as an own key. */
const POLLUTING_JSON = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"__proto__": {"__proto__": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}, "toString": "nope"}',
].map((text) => JSON.parse(text) as Record<string, unknown>);

/** Values no field of any request accepts. */
const NEVER_VALID_VALUES: readonly unknown[] = [
  10n,
  Symbol('hostile'),
  () => 'function',
  DEEP_ARRAY,
  DEEP_OBJECT,
  CYCLE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  ...POLLUTING_JSON,
  new Uint8Array([1, 2, 3]),
  [HUGE_STRING],
];

const nonObject = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 50 }),
  fc.constant(HUGE_STRING),
  fc.boolean(),
  fc.bigInt(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.constantFrom<unknown>(Symbol('s'), () => 1, DEEP_ARRAY, new Uint8Array(8), [], ['entries.list']),
);

/** Non-plain objects with no own keys: the contract reads them as {}, so they must fail on a method that needs fields. */
const nonPlainObject = fc.constantFrom<unknown>(new Date(), new Map([['passphrase', 'x']]), new Set(['x']), /passphrase/, new Error('x'), Promise.resolve());

/** Hostile requests for one method, each invalid for it. */
export function hostileRequestFor(method: ApiMethod): fc.Arbitrary<HostileRequest> {
  const sample = sampleFor(method);
  const fields = Object.keys(sample);
  const known = knownKeys(method);
  const extraKey = fc.oneof(fc.constantFrom<string>(...POLLUTION_KEYS), fc.string({ minLength: 1, maxLength: 20 })).filter((key) => !known.has(key));
  const arbitraries: fc.Arbitrary<HostileRequest>[] = [
    nonObject.map((payload) => ({ category: 'not an object', method, payload })),
    fc
      .tuple(extraKey, fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom(...NEVER_VALID_VALUES)))
      .map(([key, value]) => ({ category: 'unknown key', method, payload: withOwn(sample, key, value) })),
    fc.constantFrom(...POLLUTING_JSON).map((polluting) => ({ category: 'prototype pollution', method, payload: { ...sample, ...polluting } })),
  ];
  if (fields.length > 0) {
    arbitraries.push(
      fc
        .tuple(fc.constantFrom(...fields), fc.constantFrom(...NEVER_VALID_VALUES))
        .map(([field, value]) => ({ category: 'hostile field value', method, payload: withOwn(sample, field, value) })),
    );
    if (fields.some((field) => typeof sample[field] === 'string')) {
      const stringFields = fields.filter((field) => typeof sample[field] === 'string');
      arbitraries.push(fc.constantFrom(...stringFields).map((field) => ({ category: 'huge string', method, payload: { ...sample, [field]: HUGE_STRING } })));
    }
  }
  if (!schemaOf(method).safeParse({}).success) {
    arbitraries.push(nonPlainObject.map((payload) => ({ category: 'non-plain object', method, payload })));
  }
  // Anything at all that the contract refuses (fast-check's "anything" rarely makes a valid request).
  arbitraries.push(
    fc
      .anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true })
      .filter((payload) => payload !== null && payload !== undefined && !schemaOf(method).safeParse(payload).success)
      .map((payload) => ({ category: 'random value', method, payload })),
  );
  return fc.oneof(...arbitraries);
}

const NEAR_MISS_METHODS = API_METHODS.flatMap((method) => [`${method} `, method.toUpperCase(), `${method}\0`, `${method}.extra`, `bounce:${method}`, method.replace('.', '/')]);

export const unknownMethodRequest: fc.Arbitrary<HostileRequest> = fc
  .oneof(
    fc.string({ maxLength: 40 }).filter((name) => !(API_METHODS as readonly string[]).includes(name)),
    fc.constantFrom<unknown>(...POLLUTION_KEYS, ...NEAR_MISS_METHODS, 'vault.destroy', 'entries.export', ''),
    fc.constantFrom<unknown>(null, undefined, 42, Symbol('method'), ['vault.status'], { method: 'vault.status' }, () => 'vault.status'),
  )
  .map((method) => ({ category: 'unknown method', method, payload: {} }));

/** Every method's hostile requests plus unknown methods. */
export const hostileRequest: fc.Arbitrary<HostileRequest> = fc.oneof(
  { weight: Math.max(1, Math.floor(API_METHODS.length / 3)), arbitrary: unknownMethodRequest },
  ...API_METHODS.map((method) => ({ weight: 2, arbitrary: hostileRequestFor(method) })),
);

/** Object.prototype and friends, to check nothing was added to them. */
export function prototypeFingerprint(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}

export interface HostileCampaignResult {
  payloads: number;
  byCategory: Record<string, number>;
  reachedServices: number;
}

/**
 * Throws `runs` hostile requests at a journal's dispatcher (locked or unlocked)
 * and checks each is refused with INVALID_REQUEST or UNKNOWN_METHOD and a plain
 * message, that none reaches a service (the dispatcher's onRequest hook, which
 * runs after validation, and a spy on every Vault method), and that the journal
 * folder is byte-for-byte unchanged and no prototype was polluted.
 */
export async function runHostileCampaign(options: {
  journalDir: string;
  unlocked: boolean;
  runs: number;
  seed?: number;
}): Promise<HostileCampaignResult> {
  const { Vault } = await import('../../electron/vault/vault');
  const { createJournalServices, PASSPHRASE } = await import('./journal-fixture');
  const { diffSnapshots, snapshotFolder } = await import('./folder-snapshot');
  let reachedServices = 0;
  const { services } = await createJournalServices(options.journalDir, { dispatcher: { onRequest: () => (reachedServices += 1) } });
  await services.dispatch('entries.save', { title: 'Before', date: '2026-03-01', body: 'Words before the storm.', tags: ['calm'] });
  if (!options.unlocked) await services.dispatch('vault.lock', {});
  else {
    await services.dispatch('vault.lock', {});
    await services.dispatch('vault.unlock', { passphrase: PASSPHRASE });
  }
  reachedServices = 0;
  const vaultCalls: string[] = [];
  for (const name of Object.getOwnPropertyNames(Vault.prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(Vault.prototype, name);
    if (name === 'constructor' || typeof descriptor?.value !== 'function') continue;
    const vault = services.vault as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = vault[name]!.bind(vault);
    vault[name] = (...args: unknown[]) => {
      vaultCalls.push(name);
      return original(...args);
    };
  }

  const diskBefore = await snapshotFolder(options.journalDir);
  const prototypesBefore = prototypeFingerprint();
  const byCategory: Record<string, number> = {};
  let payloads = 0;
  await fc.assert(
    fc.asyncProperty(hostileRequest, async ({ category, method, payload }) => {
      payloads += 1;
      byCategory[category] = (byCategory[category] ?? 0) + 1;
      const result = await services.dispatch(method, payload);
      const describe = () => `${category} for ${String(method)}: ${safeDescribe(payload)}`;
      if (result.ok) throw new Error(`accepted a hostile request (${describe()})`);
      const expected = category === 'unknown method' ? 'UNKNOWN_METHOD' : 'INVALID_REQUEST';
      if (result.error.code !== expected) throw new Error(`answered ${result.error.code} instead of ${expected} (${describe()}): ${result.error.message}`);
      if (!isPlainMessage(result.error.message)) throw new Error(`unclear message ${JSON.stringify(result.error.message)} (${describe()})`);
      if ((result.error.issues?.length ?? 0) > 10) throw new Error('too many issues returned');
      if (reachedServices > 0 || vaultCalls.length > 0) throw new Error(`reached the services (${vaultCalls.join(', ')}) with ${describe()}`);
    }),
    { numRuns: options.runs, ...(options.seed !== undefined ? { seed: options.seed } : {}) },
  );

  const changes = diffSnapshots(diskBefore, await snapshotFolder(options.journalDir));
  if (changes.length > 0) throw new Error(`hostile requests changed the journal folder: ${changes.join(', ')}`);
  if (prototypeFingerprint() !== prototypesBefore || ({} as Record<string, unknown>).polluted !== undefined) {
    throw new Error('a built-in prototype was polluted');
  }
  const reached = reachedServices;
  const status = await services.dispatch('vault.status', {});
  if (!status.ok || (status.value as { unlocked: boolean }).unlocked !== options.unlocked) throw new Error('the vault changed state');
  await services.vault.lock('quit');
  return { payloads, byCategory, reachedServices: reached };
}

/** Short, one line, no stack, no file paths or code. */
function isPlainMessage(message: unknown): boolean {
  return typeof message === 'string' && message.length > 0 && message.length <= 300 && !/\n|\bat .+:\d+|node_modules|Error:|\[object /u.test(message);
}

function safeDescribe(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? `${inner}n` : inner));
    return text === undefined ? String(typeof value) : text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
