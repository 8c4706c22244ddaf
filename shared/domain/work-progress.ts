import { z } from 'zod';

export const WORK_KINDS = ['unlock', 'export', 'verify', 'testRestore', 'restore', 'previewMerge', 'merge', 'import'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** What is being done to the items being counted. */
export const WORK_STAGES = ['opening', 'reading', 'sealing', 'checking', 'saving', 'removing', 'writing'] as const;
export type WorkStage = (typeof WORK_STAGES)[number];

export const WORK_UNITS = ['records', 'entries', 'bytes'] as const;
export type WorkUnit = (typeof WORK_UNITS)[number];

/** An operation id the window makes up for one piece of long work, to follow its progress and cancel it. */
export const operationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/u, 'An operation id is 6 to 64 letters, digits, - or _.');

const count = z.number().int().min(0);

/**
 * How far one piece of long work has got. Within one stage `done` only grows and
 * the stage ends at `done === total`; `cancellable` turns false for good once
 * stopping would no longer leave everything as it was.
 */
export const workProgressSchema = z
  .strictObject({
    operation: operationIdSchema,
    kind: z.enum(WORK_KINDS),
    stage: z.enum(WORK_STAGES),
    unit: z.enum(WORK_UNITS),
    done: count,
    total: count,
    cancellable: z.boolean(),
  })
  .refine((progress) => progress.done <= progress.total, { message: 'done cannot pass total' });
export type WorkProgress = z.output<typeof workProgressSchema>;

export const cancelStateSchema = z.enum(['cancelling', 'too-late', 'not-running']);
export type CancelState = z.output<typeof cancelStateSchema>;

const STAGE_WORDS: Record<WorkKind, Partial<Record<WorkStage, string>>> = {
  unlock: { opening: 'Getting search ready' },
  export: { reading: 'Reading the journal', sealing: 'Sealing the backup', checking: 'Reading it back to check it' },
  verify: { reading: 'Checking the backup' },
  testRestore: { reading: 'Restoring into a scratch folder', checking: 'Reading the test copy back' },
  restore: { reading: 'Restoring the backup', writing: 'Putting the restored journal in place' },
  previewMerge: { reading: 'Reading the backup' },
  merge: { reading: 'Reading the backup', writing: 'Merging into this journal' },
  import: { reading: 'Reading the file', saving: 'Importing', removing: 'Taking the imported entries out again' },
};

function amount(n: number, unit: WorkUnit): string {
  if (unit !== 'bytes') return n.toLocaleString('en');
  if (n < 1024 * 1024) return `${Math.max(0, Math.round(n / 1024)).toLocaleString('en')} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** "Sealing the backup: 2,000 of 10,000 records", said the same way in the window and on a terminal. */
export function progressWords(progress: Pick<WorkProgress, 'kind' | 'stage' | 'unit' | 'done' | 'total'>): string {
  const doing = STAGE_WORDS[progress.kind][progress.stage] ?? 'Working';
  const of = `${amount(progress.done, progress.unit)} of ${amount(progress.total, progress.unit)}`;
  return progress.unit === 'bytes' ? `${doing}: ${of}` : `${doing}: ${of} ${progress.unit}`;
}
