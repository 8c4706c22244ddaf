import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutoLock, type Timers } from '../../../electron/vault/auto-lock';
import { createJournalServices } from '../../support/journal-fixture';
import { useTempFolder } from '../../support/use-temp-folder';

describe('auto-lock', () => {
  it('locks after the chosen idle time, and activity pushes it back', () => {
    vi.useFakeTimers();
    const locks: string[] = [];
    const autoLock = new AutoLock((reason) => locks.push(reason));
    autoLock.start(5);
    vi.advanceTimersByTime(4 * 60_000);
    autoLock.touch();
    vi.advanceTimersByTime(4 * 60_000);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(locks).toEqual(['idle']);
    vi.advanceTimersByTime(60 * 60_000);
    expect(locks).toEqual(['idle']);
    vi.useRealTimers();
  });

  it('never locks on its own when set to 0, and stops when locked', () => {
    vi.useFakeTimers();
    const locks: string[] = [];
    const autoLock = new AutoLock((reason) => locks.push(reason));
    autoLock.start(0);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    autoLock.setMinutes(1);
    autoLock.stop();
    vi.advanceTimersByTime(5 * 60_000);
    autoLock.touch();
    vi.advanceTimersByTime(5 * 60_000);
    expect(locks).toEqual([]);
    vi.useRealTimers();
  });
});

describe('auto-lock in the app', () => {
  const folder = useTempFolder('bf-idle-');
  // The hourly backup check has timers of its own; kept out so only auto-lock's are faked.
  const noBackupTimers: Timers = { setTimeout: () => null, clearTimeout: () => undefined };
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts every request from the window as activity, and locks after the idle time without one', async () => {
    // Only the timers: Argon2, the disk and the framing worker keep their real clocks.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { services } = await createJournalServices(join(folder(), 'journal'), { backupTimers: noBackupTimers });
    const locks: string[] = [];
    services.vault.onLock((reason) => locks.push(reason));
    expect(await services.dispatch('settings.update', { autoLockMinutes: 5 })).toMatchObject({ ok: true });

    // Twelve minutes in four-minute steps, each ending in a request that is not itself about locking.
    for (const method of ['session.activity', 'entries.list', 'steps.list']) {
      vi.advanceTimersByTime(4 * 60_000);
      expect(await services.dispatch(method, {}), method).toMatchObject({ ok: true });
    }
    expect(await services.dispatch('vault.status', {})).toMatchObject({ ok: true, value: { unlocked: true } });
    expect(locks).toEqual([]);

    vi.advanceTimersByTime(5 * 60_000);
    await vi.waitFor(() => expect(locks).toEqual(['idle']));
    expect(await services.dispatch('entries.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
