import { resolve } from 'node:path';
import { nodeFileSystem } from '../vault/storage/file-system';
import { VaultError } from '../vault/errors';
import { Vault } from '../vault/vault';
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

/** Unlocks the journal, asking for the passphrase only once it is known a journal is there. */
export async function openJournal(ctx: CliContext): Promise<Vault> {
  const journalDir = journalFolder(ctx);
  const vault = new Vault({ fs: nodeFileSystem, journalDir });
  if (!(await vault.status()).exists) {
    throw new VaultError('NO_JOURNAL', `There is no journal in ${journalDir}. Make one with "bounce-forward create", or point --journal at one.`);
  }
  await vault.unlock(await secret(ctx, 'Passphrase: '));
  return vault;
}

/** Runs a command on the unlocked journal and locks it again, whatever happens. */
export async function withJournal<T>(ctx: CliContext, work: (vault: Vault) => Promise<T>): Promise<T> {
  const vault = await openJournal(ctx);
  try {
    return await work(vault);
  } finally {
    await vault.lock('quit');
  }
}
