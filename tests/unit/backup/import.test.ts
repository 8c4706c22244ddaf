import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal, services, settleJournals } from './journal-helpers';

const FIXTURES = join(__dirname, '../../fixtures/import');
const folder = useTempFolder('bf-import-');

afterEach(async () => {
  await settleJournals();
});

describe('importing from other journal apps', () => {
  it('imports a jrnl JSON export through the normal save path, once', async () => {
    const { vault } = await createJournal(join(folder(), 'journal'));
    const result = await services(vault).importJournal(join(FIXTURES, 'jrnl-export.json'), 'jrnl');
    expect(result).toMatchObject({ imported: 3, duplicates: 0, skipped: 0 });
    expect(result.notes).toEqual(['1 starred entry was given the tag "starred".', 'Times of day were not kept: entries here have a date only.']);
    const journal = vault.journal();
    expect(journal.list({}).entries.map((entry) => [entry.date, entry.title])).toEqual([
      ['2024-04-02', 'Second round, different company.'],
      ['2024-03-13', 'Called Mum.'],
      ['2024-03-12', 'Had the interview today.'],
    ]);
    expect(journal.list({ tags: ['work'] }).total).toBe(2);
    expect(journal.list({ tags: ['starred'] }).entries.map((entry) => entry.title)).toEqual(['Called Mum.']);
    expect(journal.list({ query: 'budget answer' }).total).toBe(1);
    const interview = journal.list({ query: 'froze' }).entries[0]!;
    expect(journal.get(interview.id).body).toMatch(/^It did not go the way I hoped\./);

    const again = await services(vault).importJournal(join(FIXTURES, 'jrnl-export.json'), 'jrnl');
    expect(again).toMatchObject({ imported: 0, duplicates: 3 });
    expect(journal.list({}).total).toBe(3);
  });

  it('imports a Day One JSON export, on the day it was written where it was written', async () => {
    const { vault } = await createJournal(join(folder(), 'journal'));
    const result = await services(vault).importJournal(join(FIXTURES, 'day-one-export.json'), 'dayone');
    expect(result).toMatchObject({ imported: 2, skipped: 0 });
    expect(result.notes).toContain('1 entry had photos or other attachments; only the text was imported.');
    const journal = vault.journal();
    const [walk, pitch] = journal.list({}).entries.map((summary) => journal.get(summary.id));
    expect(pitch).toMatchObject({
      title: "The pitch that didn't land",
      date: '2023-11-04',
      tags: ['work', 'pitch', 'starred'],
      body: "They passed on the proposal. I keep replaying the Q&A.\n\nWhat I can own: I didn't test the demo on their network.",
    });
    expect(walk).toMatchObject({ title: 'Morning walk', date: '2023-11-06', body: 'Felt lighter today - the air helped.', tags: [] });
  });

  it('says plainly what it left out and what is not an export', async () => {
    const { vault } = await createJournal(join(folder(), 'journal'));
    const odd = join(folder(), 'odd.json');
    await writeFile(
      odd,
      JSON.stringify({
        tags: {},
        entries: [
          { title: 'Fine', body: 'ok', date: '2024-01-01', tags: ['#has,comma', '@ok'], starred: false },
          { title: 'Bad date', body: '', date: '2024-13-45', tags: [], starred: false },
          { title: 'x'.repeat(400), body: 'long title', date: '2024-01-02', tags: [], starred: false },
        ],
      }),
    );
    const result = await services(vault).importJournal(odd, 'jrnl');
    expect(result).toMatchObject({ imported: 2, skipped: 1 });
    expect(result.notes[0]).toMatch(/Left out 1 entry: an entry with the date "2024-13-45"/);
    const long = vault.journal().list({ query: 'long title' }).entries[0]!;
    expect(long.title).toHaveLength(300);
    expect(vault.journal().get(long.id).body.startsWith('x'.repeat(400))).toBe(true);
    expect(vault.journal().tags().map((tag) => tag.name).sort()).toEqual(['has comma', 'ok']);

    await writeFile(odd, 'not json at all');
    await expect(services(vault).importJournal(odd, 'jrnl')).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringMatching(/not JSON/) });
    await expect(services(vault).importJournal(join(FIXTURES, 'jrnl-export.json'), 'dayone')).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringMatching(/not a Day One export/),
    });
    await expect(services(vault).importJournal(join(folder(), 'missing.json'), 'jrnl')).rejects.toMatchObject({ code: 'DISK', message: expect.stringMatching(/not found/) });
  });
});
