import { resolve } from 'node:path';
import type { DamagedFile } from '../../shared/api/contract';
import type { Entry } from '../../shared/domain/entry';
import { VaultError } from '../vault/errors';
import { createJournalServices, type JournalServices } from '../api/journal-services';
import type { ParsedArgs } from './cli-args';
import { defaultJournalFolder } from './data-folder';
import type { Output } from './output';
import { readSecret } from './secrets';

export interface CliContext {
  args: ParsedArgs;
  out: Output;
  env: NodeJS.ProcessEnv;
}

export function journalFolder(ctx: CliContext): string {
  return ctx.args.options.journal ? resolve(ctx.args.options.journal) : defaultJournalFolder(ctx.env);
}

export function secret(ctx: CliContext, question: string): Promise<string> {
  return readSecret({ env: ctx.args.options['passphrase-env'], fd: ctx.args.options['passphrase-fd'] }, question, ctx.env);
}

/**
 * Unlocks the journal, asking for the passphrase only once it is known a journal
 * is there, and hands what it found damaged, missing or older to the output.
 */
export async function openJournal(ctx: CliContext): Promise<JournalServices> {
  const services = createJournalServices({ journalDir: journalFolder(ctx) });
  const { vault } = services;
  const journalDir = vault.journalDir;
  if (!(await vault.status()).exists) {
    throw new VaultError('NO_JOURNAL', `There is no journal in ${journalDir}. Make one with "bounce-forward create", or point --journal at one.`);
  }
  await vault.unlock(await secret(ctx, 'Passphrase: '));
  const entries = new Map(vault.journal().allEntries().map((entry) => [entry.id, entry]));
  ctx.out.journalProblems(((await vault.status()).damaged ?? []).map((problem) => withTitle(problem, entries)));
  return services;
}

/** An entry opened from its last good copy is still in the journal, so the person can be told its title. */
function withTitle(problem: DamagedFile, entries: ReadonlyMap<string, Entry>): DamagedFile {
  const entry = problem.title === undefined && problem.problem !== 'header' ? entries.get(problem.id) : undefined;
  return entry ? { ...problem, kind: problem.kind ?? 'entry', title: entry.title } : problem;
}

/** Runs a command on the unlocked journal and locks it again, whatever happens. */
export async function withJournal<T>(ctx: CliContext, work: (services: JournalServices) => Promise<T>): Promise<T> {
  const services = await openJournal(ctx);
  try {
    return await work(services);
  } finally {
    // Locking waits for framing still being worked out, so what the command saved is framed on disk.
    await services.vault.lock('quit');
    await services.framer.close();
  }
}
