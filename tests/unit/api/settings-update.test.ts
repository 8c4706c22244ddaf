import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/api/app-services';
import { DEFAULT_JOURNAL_SETTINGS, journalSettingsSchema } from '../../../shared/domain/settings';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder();
let services: AppServices;

beforeEach(async () => {
  services = createAppServices({
    journalDir: `${folder()}/journal`,
    platform: { chooseSavePath: async () => `${folder()}/code.txt` },
    kdf: FAST_KDF,
    dispatcher: { checkResponses: true },
  });
  const created = await services.dispatch('vault.create', { passphrase: 'a long enough passphrase' });
  if (!created.ok) throw new Error(created.error.message);
  const { recoveryCode, confirmGroups } = created.value as { recoveryCode: string; confirmGroups: number[] };
  const groups = recoveryCode.split('-');
  await services.dispatch('vault.confirmRecoveryCode', { answers: confirmGroups.map((group) => ({ group, value: groups[group - 1] })) });
});
afterEach(async () => {
  await services.vault.lock('quit');
});

async function update(change: Record<string, unknown>) {
  const result = await services.dispatch('settings.update', change);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('a change to the settings', () => {
  it('changes only what it names, leaving every other setting as the person left it', async () => {
    await update({ care: { trustedContact: 'Sam, 07700 900123', crisisLine: 'Samaritans, 116 123' }, surfaceWins: false, showListMarks: false });
    await update({ listCollapsed: true });
    await update({ autoLockMinutes: 5 });
    const settings = await update({ framingCollapsed: true });
    expect(settings).toEqual({
      ...DEFAULT_JOURNAL_SETTINGS,
      autoLockMinutes: 5,
      care: { trustedContact: 'Sam, 07700 900123', crisisLine: 'Samaritans, 116 123' },
      surfaceWins: false,
      showListMarks: false,
      listCollapsed: true,
      framingCollapsed: true,
    });
  });

  it('keeps the layout choices across a lock', async () => {
    await update({ listCollapsed: true, showListMarks: false });
    await services.vault.lock('user');
    await services.dispatch('vault.unlock', { passphrase: 'a long enough passphrase' });
    expect(await services.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { listCollapsed: true, framingCollapsed: false, showListMarks: false } });
  });

  it('refuses a setting it does not know and a layout choice that is not yes or no', async () => {
    expect(await services.dispatch('settings.update', { wideMode: true })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await services.dispatch('settings.update', { listCollapsed: 'yes' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('reads settings saved before the layout choices existed as their defaults', () => {
    const old = { autoLockMinutes: 10, care: { trustedContact: '', crisisLine: '' }, surfaceWins: true, surfaceDismissed: [] };
    expect(journalSettingsSchema.parse(old)).toEqual(DEFAULT_JOURNAL_SETTINGS);
  });
});
