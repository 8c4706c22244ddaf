import { describe, expect, it, vi } from 'vitest';
import { AutoLock } from '../../../electron/vault/auto-lock';

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
