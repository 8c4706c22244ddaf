import { everyRow } from '../../../shared/api/paging';
import { entryDraftSchema, type Entry } from '../../../shared/domain/entry';
import { PASSPHRASE_MIN_CHARS } from '../../../shared/domain/passphrase';
import { importFormatSchema } from '../../../shared/domain/backup';
import { createJournalServices } from '../../api/journal-services';
import { VaultError } from '../../vault/errors';
import { journalFolder, secret, withJournal, type CliContext } from '../cli-context';
import { notSaved, type EntryText } from '../entry-text';
import { usageError } from '../exit-codes';
import { checkNewPassphrase } from '../new-passphrase';
import { withProgress } from '../work-progress';

function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function newPassphrase(ctx: CliContext): Promise<string> {
  const first = await secret(ctx, `Choose a passphrase (at least ${PASSPHRASE_MIN_CHARS} characters; a few words that don't usually go together work well): `);
  await checkNewPassphrase(first, 'No journal was made.');
  const typedTwice = ctx.args.options['passphrase-env'] === undefined && ctx.args.options['passphrase-fd'] === undefined;
  if (typedTwice && (await secret(ctx, 'Type it again: ')) !== first) throw usageError("The two passphrases don't match, so no journal was made.");
  return first;
}

export async function createCommand(ctx: CliContext): Promise<void> {
  const journalDir = journalFolder(ctx);
  const { vault, framer } = createJournalServices({ journalDir });
  if ((await vault.status()).exists) throw new VaultError('JOURNAL_EXISTS', `There is already a journal in ${journalDir}; nothing was changed.`);
  const { recoveryCode, confirmGroups } = await vault.create(await newPassphrase(ctx));
  const groups = recoveryCode.split('-');
  await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  await vault.lock('quit');
  await framer.close();
  ctx.out.done(
    [
      `Made a new journal in ${journalDir}.`,
      '',
      `Your recovery code: ${recoveryCode}`,
      '',
      'Write it down now and keep it somewhere safe, away from this computer. It opens the journal if you',
      'forget your passphrase, and it is shown only this once.',
    ],
    { journal: journalDir, recoveryCode },
  );
}

export async function addCommand(ctx: CliContext, readBody: () => Promise<EntryText>): Promise<void> {
  const { title = '', date = localToday(), tag = [] } = ctx.args.options;
  const draftOptions = entryDraftSchema.safeParse({ title, date, body: '', tags: tag });
  if (!draftOptions.success) throw usageError(draftOptions.error.issues[0]?.message ?? 'Those entry details cannot be used.');
  await withJournal(ctx, async ({ vault }) => {
    const body = await readBody();
    const draft = entryDraftSchema.safeParse({ title, date, body: body.text, tags: tag });
    if (!draft.success) throw usageError(`${draft.error.issues[0]?.message ?? 'That entry cannot be saved.'} ${body.ifNotSaved}`);
    let entry: Entry;
    try {
      entry = await vault.journal().save(draft.data);
    } catch (error) {
      throw notSaved(error, body.ifNotSaved);
    }
    ctx.out.done([`Saved "${entry.title || 'Untitled'}" for ${entry.date}.`], { entry: { id: entry.id, title: entry.title, date: entry.date, tags: entry.tags } });
  });
}

export async function listCommand(ctx: CliContext): Promise<void> {
  await withJournal(ctx, async ({ vault }) => {
    const journal = vault.journal();
    const entries = await everyRow((request) => journal.list(request), {});
    const total = entries.length;
    const lines = entries.map((entry) => `${entry.date}  ${entry.title || 'Untitled'}${entry.tags.length ? `  [${entry.tags.join(', ')}]` : ''}  ${entry.id}`);
    ctx.out.done(total ? lines : ['No entries yet.'], { total, entries });
  });
}

export async function importCommand(ctx: CliContext, file: string): Promise<void> {
  const format = importFormatSchema.safeParse(ctx.args.options.format);
  if (!format.success) throw usageError('Say which app the export is from: --format jrnl or --format dayone.');
  await withJournal(ctx, async ({ backups }) => {
    const result = await withProgress(ctx, 'import', (work) => backups.importJournal(file, format.data, work));
    ctx.out.done(
      [`Imported ${result.imported} ${result.imported === 1 ? 'entry' : 'entries'}.${result.duplicates ? ` ${result.duplicates} already here were not added again.` : ''}`, ...result.notes],
      { ...result },
    );
  });
}
