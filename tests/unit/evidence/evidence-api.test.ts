import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/api/app-services';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { winDraft } from './evidence-helpers';

const folder = useTempFolder();
let services: AppServices;
const SHAME = { shame: 3, accountability: 0, blame: 0, neutral: 2 };

beforeEach(async () => {
  services = createAppServices({ journalDir: `${folder()}/journal`, platform: { chooseSavePath: async () => null }, kdf: FAST_KDF, dispatcher: { checkResponses: true } });
  const created = await services.dispatch('vault.create', { passphrase: 'a long enough passphrase' });
  if (!created.ok) throw new Error(created.error.message);
  const { recoveryCode, confirmGroups } = created.value as { recoveryCode: string; confirmGroups: number[] };
  const groups = recoveryCode.split('-');
  await services.dispatch('vault.confirmRecoveryCode', { answers: confirmGroups.map((group) => ({ group, value: groups[group - 1] })) });
});
afterEach(async () => {
  await services.vault.lock('quit');
});

async function call(method: string, request: unknown) {
  const result = await services.dispatch(method, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as never;
}

describe('the evidence vault through the contract', () => {
  it('surfaces wins for a shame-framed entry only while Settings allows it', async () => {
    await call('wins.save', winDraft({ area: 'work' }));
    await call('wins.save', winDraft({ area: 'health', title: 'Ran 5k' }));
    const offered: { wins: { area: string }[] } = await call('wins.surface', { tags: ['Work'], framing: SHAME });
    expect(offered.wins.map((win) => win.area)).toEqual(['work', 'health']);
    expect(await call('wins.surface', { tags: ['work'], framing: { ...SHAME, accountability: 5 } })).toEqual({ wins: [] });
    await call('settings.update', { surfaceWins: false });
    expect(await call('wins.surface', { tags: ['work'], framing: SHAME })).toEqual({ wins: [] });
  });

  it('lists and restores every kind in the trash, and refuses a kind the trash does not hold', async () => {
    const win: { id: string } = await call('wins.save', winDraft());
    const step: { id: string } = await call('steps.add', { text: 'Do the laundry' });
    const practice: { id: string } = await call('practices.plan', { date: '2026-03-01', attempt: 'Cook something new', expected: 4 });
    await call('wins.trash', { id: win.id });
    await call('steps.trashOwn', { id: step.id });
    await call('practices.trash', { id: practice.id });
    const { items }: { items: { kind: string; id: string }[] } = await call('trash.list', {});
    expect(items.map((item) => item.kind).sort()).toEqual(['practice', 'step', 'win']);
    await call('trash.restore', { kind: 'step', id: step.id });
    expect(((await call('steps.own', {})) as { open: { id: string }[] }).open.map((item) => item.id)).toEqual([step.id]);
    await call('trash.purge', { kind: 'win', id: win.id });
    expect(await services.dispatch('wins.get', { id: win.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await services.dispatch('trash.restore', { kind: 'entry', id: practice.id })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('says which practices and steps became wins', async () => {
    const practice: { id: string } = await call('practices.plan', { date: '2026-03-01', attempt: 'Send the pitch', expected: 8 });
    await call('practices.complete', { id: practice.id, outcome: { date: '2026-03-02', actual: 2 } });
    const win: { id: string } = await call('wins.save', winDraft({ origin: { from: 'practice', id: practice.id } }));
    expect(await call('practices.list', {})).toMatchObject({ becameWins: [{ fromId: practice.id, winId: win.id }] });
  });
});
