import { describe, expect, it } from 'vitest';
import type { DamagedFile } from '../../../shared/api/contract';
import type { MergeSummary } from '../../../shared/domain/backup';
import {
  isRestorable,
  problemLines,
  problemText,
  restoredIds,
  restoreOutcome,
  restorePreview,
  whatToDo,
} from '../../../renderer/src/journal-screen/problems/problemWords';

const A = '0b9c5e8a-4a3b-4f7e-9d2a-1c3e5f7a9b11';
const B = '5d1f2a3b-6c7d-4e8f-9a0b-2c4d6e8f0a22';
const C = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c33';

function problem(over: Partial<DamagedFile> & Pick<DamagedFile, 'id' | 'problem'>): DamagedFile {
  return { reason: 'The record failed its integrity check.', recoveredFromPrevious: false, ...over };
}

function summary(over: Partial<MergeSummary> = {}): MergeSummary {
  return {
    applied: false,
    added: 0,
    updated: 0,
    keptNewer: 0,
    unchanged: 0,
    repaired: 0,
    earlierVersionsKept: 0,
    items: { added: [], updated: [], keptNewer: [] },
    moreItems: 0,
    setAside: [],
    setAsideCount: 0,
    ...over,
  };
}

/** Words the brief rules out: alarm, blame, exclamation. */
const ALARMING = /!|corrupt|fatal|error|fail(ed|ure)|critical|warning|you (lost|broke|deleted)/i;

describe('the notice says each problem plainly', () => {
  it('names an entry by its title, and says when its last good copy was opened and may be older', () => {
    expect(problemText(problem({ id: A, problem: 'damaged', kind: 'entry', title: 'The walk home', recoveredFromPrevious: true }))).toBe(
      '“The walk home” couldn\'t be read, so the copy saved before it was opened instead. Its text may be older than what you last wrote.',
    );
  });

  it('says an unreadable entry with no good earlier copy is not showing for now', () => {
    expect(problemText(problem({ id: A, problem: 'damaged', kind: 'entry', title: 'The walk home' }))).toBe(
      "“The walk home” couldn't be read, and there was no good earlier copy to open instead, so it isn't showing in your journal for now.",
    );
  });

  it('says a missing entry is missing from the folder', () => {
    expect(problemText(problem({ id: B, problem: 'missing', kind: 'entry', title: 'Letter I never sent' }))).toBe(
      "“Letter I never sent” is missing: its file is no longer in the journal's folder, so it isn't showing in your journal for now.",
    );
  });

  it('says an older file may lack its latest changes', () => {
    expect(problemText(problem({ id: C, problem: 'older', kind: 'entry', title: 'Tuesday' }))).toBe(
      '“Tuesday” opened from an earlier version of its file than the one last saved, so its latest changes may be missing.',
    );
  });

  it('falls back to "An entry" when the title is not known, recognising an entry by its id', () => {
    expect(problemText(problem({ id: A, problem: 'damaged' }))).toMatch(/^An entry couldn't be read/);
    expect(problemText(problem({ id: A, problem: 'missing', kind: 'entry', title: '  ' }))).toMatch(/^An untitled entry is missing/);
  });

  it('speaks of settings and the header in their own words, with nothing to restore', () => {
    const settings = problem({ id: 'settings', problem: 'damaged', kind: 'settings', recoveredFromPrevious: true });
    expect(problemText(settings)).toBe(
      'Your settings couldn\'t be read, so the copy saved before was used instead. A recent change to them may need making again.',
    );
    expect(problemText(problem({ id: 'settings', problem: 'damaged' }))).toBe(
      "Your settings couldn't be read, so the usual ones are in use for now. You can choose them again whenever you like.",
    );
    const header = problem({ id: 'journal.json', problem: 'header', recoveredFromPrevious: true });
    expect(problemText(header)).toBe(
      "The journal's header (journal.json) couldn't be read, so its spare copy was used instead. Your entries are not affected, and there is nothing you need to do.",
    );
    expect(isRestorable(settings)).toBe(false);
    expect(isRestorable(header)).toBe(false);
    expect(whatToDo([settings, header])).toBeNull();
  });

  it('never alarms or blames, whatever the problem', () => {
    const kinds: DamagedFile['problem'][] = ['damaged', 'missing', 'older', 'header'];
    const all = kinds.flatMap((kind) =>
      [true, false].flatMap((recovered) =>
        [{ id: A, kind: 'entry', title: 'T' }, { id: A }, { id: 'settings', kind: 'settings' }, { id: 'x1', kind: 'earlier-version' }].map((who) =>
          problem({ ...who, problem: kind, recoveredFromPrevious: recovered }),
        ),
      ),
    );
    for (const line of problemLines(all)) expect(line.text).not.toMatch(ALARMING);
    expect(restoreOutcome(all, [A])).not.toMatch(ALARMING);
  });

  it('offers a backup for entries that are damaged, missing or older, in the singular or plural', () => {
    const one = [problem({ id: A, problem: 'missing', kind: 'entry' })];
    expect(whatToDo(one)).toBe('If you have a backup, you can bring this entry back from it. Nothing else in your journal changes.');
    expect(whatToDo([...one, problem({ id: B, problem: 'older', kind: 'entry' })])).toMatch(/bring these entries back/);
    expect(problemLines(one)[0]).toMatchObject({ id: A, restorable: true, reason: 'The record failed its integrity check.' });
  });
});

describe('restoring from a backup', () => {
  const damaged = problem({ id: A, problem: 'damaged', kind: 'entry', title: 'The walk home' });
  const missing = problem({ id: B, problem: 'missing', kind: 'entry', title: 'Letter I never sent' });
  const older = problem({ id: C, problem: 'older', kind: 'entry', title: 'Tuesday' });

  it('names what would come back, including an unreadable entry the merge only counts', () => {
    const preview = restorePreview(
      [damaged, missing],
      summary({ added: 1, repaired: 1, items: { added: [{ id: B, kind: 'entry', title: 'Letter I never sent', date: '2026-03-02' }], updated: [], keptNewer: [] } }),
    );
    expect(preview.total).toBe(2);
    expect(preview.comesBack[0]).toMatch(/^“Letter I never sent” \(.+2026\)$/);
    expect(preview.comesBack[1]).toBe('“The walk home”');
  });

  it('names missing and unreadable entries alike when the merge counts both as repaired', () => {
    const preview = restorePreview([damaged, missing, older], summary({ repaired: 2 }));
    expect(preview).toMatchObject({ total: 2, comesBack: ['“The walk home”', '“Letter I never sent”'] });
    const merged = summary({ applied: true, repaired: 2 });
    expect(restoredIds([damaged, missing, older], merged, new Set([A, B]))).toEqual([A, B]);
  });

  it('counts unreadable entries it cannot tell apart instead of guessing their names', () => {
    const other = problem({ id: C, problem: 'damaged', kind: 'entry', title: 'Tuesday' });
    const preview = restorePreview([damaged, other], summary({ repaired: 1 }));
    expect(preview.comesBack).toEqual(["1 entry that can't be opened here"]);
  });

  it('says when the copy here is newer, and that nothing would come back', () => {
    const preview = restorePreview([older], summary({ keptNewer: 1, items: { added: [], updated: [], keptNewer: [{ id: C, kind: 'entry', title: 'Tuesday' }] } }));
    expect(preview.total).toBe(0);
    expect(preview.staysAsIs).toEqual(["“Tuesday” stays as it is, as the copy here is newer than the backup's."]);
  });

  it("says when the backup's own copy of an entry can't be used", () => {
    const preview = restorePreview([missing], summary({ setAside: [{ id: B, kind: 'entry', reason: 'bad' }], setAsideCount: 1 }));
    expect(preview.total).toBe(0);
    expect(preview.staysAsIs).toEqual(["The backup's copy of “Letter I never sent” can't be used either, so it isn't taken."]);
  });

  it('knows what came back: listed as added or updated, or unreadable before and opening now', () => {
    const merged = summary({ added: 1, repaired: 1, items: { added: [{ id: B, kind: 'entry' }], updated: [], keptNewer: [] } });
    expect(restoredIds([damaged, missing, older], merged, new Set([A]))).toEqual([A, B]);
    expect(restoredIds([damaged, missing, older], merged, new Set())).toEqual([B]);
  });

  it('says what came back and what stays listed', () => {
    expect(restoreOutcome([damaged, missing], [A, B])).toBe(
      'Back from the backup, as they were there: “The walk home” and “Letter I never sent”.',
    );
    expect(restoreOutcome([damaged, older], [A])).toBe(
      '“The walk home” is back from the backup, as it was there. The backup had no newer copy of “Tuesday”, so it stays listed in Settings. Another backup may have one.',
    );
    expect(restoreOutcome([problem({ id: A, problem: 'missing' })], [])).toBe(
      'The backup had no newer copy of an entry, so it stays listed in Settings. Another backup may have one.',
    );
  });
});
