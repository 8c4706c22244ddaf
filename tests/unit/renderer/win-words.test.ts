import { describe, expect, it } from 'vitest';
import { areaOf, isBlankWin, matchWords, newWinFields, winName } from '../../../renderer/src/journal-screen/wins/winWords';

const ENTRY = '0b9c5e8a-4a3b-4f7e-9d2a-1c3e5f7a9b11';
const STEP = '1c0d6f9b-5b4c-4a8f-8e3b-2d4f6a8b0c22';

describe('what a win is called in a list', () => {
  it('is its title when it has one', () => {
    expect(winName({ title: '  Gave the talk  ', excerpt: 'I stood up and spoke for ten minutes.' })).toBe('Gave the talk');
  });

  it('is the first eight words of the story without a title', () => {
    expect(winName({ title: '', excerpt: 'I called my sister after two years of silence and we talked' })).toBe('I called my sister after two years of…');
  });

  it('keeps a short story whole, without the excerpt’s own ellipsis', () => {
    expect(winName({ title: ' ', excerpt: 'Asked for help…' })).toBe('Asked for help');
  });

  it('says it is untitled when there are no words at all', () => {
    expect(winName({ title: '', excerpt: '' })).toBe('Untitled win');
  });
});

describe('a caller’s part of life', () => {
  it('is read from an id or a label, in any case', () => {
    expect(areaOf('health')).toBe('health');
    expect(areaOf(' Relationships ')).toBe('relationships');
  });

  it('is Other when missing or unknown', () => {
    expect(areaOf(undefined)).toBe('other');
    expect(areaOf('gardening')).toBe('other');
  });
});

describe('a new win', () => {
  it('starts empty on today, as Something else in Other', () => {
    expect(newWinFields(null, '2026-03-14')).toEqual({
      date: '2026-03-14',
      title: '',
      story: '',
      kind: 'other',
      area: 'other',
      tags: [],
      entryIds: [],
      origin: null,
    });
  });

  it('carries the words, the links (once each), the origin, the day and the area it was recorded with', () => {
    const fields = newWinFields(
      { story: 'I asked for feedback.', entryIds: [ENTRY, ENTRY], origin: { from: 'own-step', id: STEP }, date: '2025-11-02', area: 'work' },
      '2026-03-14',
    );
    expect(fields).toMatchObject({ story: 'I asked for feedback.', entryIds: [ENTRY], origin: { from: 'own-step', id: STEP }, date: '2025-11-02', area: 'work' });
  });

  it('falls back to today when the carried day is not a real date', () => {
    expect(newWinFields({ story: 'x', entryIds: [], origin: null, date: '2025-02-30' }, '2026-03-14').date).toBe('2026-03-14');
  });

  it('is blank only with no title, story, tags, links or origin', () => {
    const empty = newWinFields(null, '2026-03-14');
    expect(isBlankWin(empty)).toBe(true);
    expect(isBlankWin({ ...empty, story: '   ' })).toBe(true);
    expect(isBlankWin({ ...empty, title: 'T' })).toBe(false);
    expect(isBlankWin({ ...empty, story: 'S' })).toBe(false);
    expect(isBlankWin({ ...empty, tags: ['work'] })).toBe(false);
    expect(isBlankWin({ ...empty, entryIds: [ENTRY] })).toBe(false);
    expect(isBlankWin({ ...empty, origin: { from: 'practice', id: STEP } })).toBe(false);
  });
});

describe('the line under the filters', () => {
  it('says nothing while nothing narrows the list', () => {
    expect(matchWords(7, false)).toBe('');
  });

  it('counts what matches, and says what to try when nothing does', () => {
    expect(matchWords(1, true)).toBe('1 win matches.');
    expect(matchWords(3, true)).toBe('3 wins match.');
    expect(matchWords(0, true)).toMatch(/^No wins match\./);
  });
});
