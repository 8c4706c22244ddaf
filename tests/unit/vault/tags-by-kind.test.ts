import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/api/app-services';
import { emptyReflection } from '../../../shared/domain/reflection';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';

// The Reflect list offers only the tags its reflections carry (issue "A room to write in").

const PASS = 'river stone lantern 42';
const folder = useTempFolder('bf-tags-kind-');
let services: AppServices | null = null;

afterEach(async () => {
  await services?.vault.lock('quit');
  services = null;
});

async function journalWithBothKinds(): Promise<AppServices> {
  services = createAppServices({
    journalDir: join(folder(), 'journal'),
    platform: { chooseSavePath: async () => join(folder(), 'code.txt') },
    kdf: FAST_KDF,
    dispatcher: { checkResponses: true },
  });
  const { recoveryCode, confirmGroups } = await services.vault.create(PASS);
  const groups = recoveryCode.split('-');
  await services.vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  const journal = services.vault.journal();
  const page = (title: string, tags: string[]) => journal.save({ title, date: '2026-03-01', body: 'A page.', tags });
  const reflection = (title: string, tags: string[]) =>
    journal.save({ kind: 'reflection', title, date: '2026-03-02', body: '', tags, reflection: { ...emptyReflection(), whatHappened: 'It went wrong.' } });
  await page('Work day', ['work', 'tired']);
  await page('Another work day', ['Work']);
  await reflection('The pitch', ['pitch', 'WORK']);
  const trashed = await reflection('Thrown away', ['gone']);
  await journal.trash(trashed.id);
  return services;
}

describe('tags by kind', () => {
  it('counts only reflections when asked for reflections, only pages for pages, and every entry otherwise', async () => {
    const journal = (await journalWithBothKinds()).vault.journal();
    expect(journal.tags('reflection')).toEqual([
      { name: 'pitch', count: 1 },
      { name: 'WORK', count: 1 },
    ]);
    expect(journal.tags('page')).toEqual([
      { name: 'work', count: 2 },
      { name: 'tired', count: 1 },
    ]);
    expect(journal.tags()).toEqual([
      { name: 'work', count: 3 },
      { name: 'pitch', count: 1 },
      { name: 'tired', count: 1 },
    ]);
  });

  it("takes the kind through the window's dispatcher, and refuses a kind that is not one", async () => {
    const { dispatch } = await journalWithBothKinds();
    expect(await dispatch('entries.tags', { kind: 'reflection' })).toEqual({
      ok: true,
      value: { tags: [{ name: 'pitch', count: 1 }, { name: 'WORK', count: 1 }] },
    });
    expect(await dispatch('entries.tags', {})).toEqual({
      ok: true,
      value: { tags: [{ name: 'work', count: 3 }, { name: 'pitch', count: 1 }, { name: 'tired', count: 1 }] },
    });
    expect(await dispatch('entries.tags', { kind: 'win' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
