import { entryDateSchema } from '../../../../shared/domain/entry';
import { LIFE_AREA_IDS, LIFE_AREAS, WIN_KINDS, type LifeArea, type WinKind, type WinOrigin } from '../../../../shared/domain/win';
import type { WinPrefill } from '../MainContext';

/** How many words of a story stand in for a missing title. */
const FIRST_WORDS = 8;

/** What a list calls a win: its title, or the first words of its story. */
export function winName(win: { title: string; excerpt: string }): string {
  const title = win.title.trim();
  if (title) return title;
  const words = win.excerpt.replace(/…$/u, '').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 'Untitled win';
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')}…` : words.join(' ');
}

export function kindWords(kind: WinKind): string {
  return WIN_KINDS[kind];
}

export function areaWords(area: LifeArea): string {
  return LIFE_AREAS[area];
}

/** A caller's area ("work", "Health") as one the vault knows; anything else is "Other". */
export function areaOf(value: string | undefined): LifeArea {
  const folded = value?.trim().toLowerCase() ?? '';
  return LIFE_AREA_IDS.find((id) => id === folded || LIFE_AREAS[id].toLowerCase() === folded) ?? 'other';
}

/** Everything the win editor holds; the story lives in the text editor and is read from it on save. */
export interface WinFields {
  date: string;
  title: string;
  story: string;
  kind: WinKind;
  area: LifeArea;
  tags: string[];
  entryIds: string[];
  origin: WinOrigin | null;
}

/**
 * A new win, empty or carrying words and a link from where it was recorded. The
 * kind starts as "Something else" so nothing written is ever refused for want of
 * a choice; the person changes it when they know.
 */
export function newWinFields(prefill: WinPrefill | null, today: string): WinFields {
  const date = prefill?.date && entryDateSchema.safeParse(prefill.date).success ? prefill.date : today;
  return {
    date,
    title: '',
    story: prefill?.story ?? '',
    kind: 'other',
    area: areaOf(prefill?.area),
    tags: [],
    entryIds: [...new Set(prefill?.entryIds ?? [])],
    origin: prefill?.origin ?? null,
  };
}

/** A new win nobody has put anything into: nothing worth saving yet. */
export function isBlankWin(fields: Pick<WinFields, 'title' | 'story' | 'tags' | 'entryIds' | 'origin'>): boolean {
  return !fields.title.trim() && !fields.story.trim() && fields.tags.length === 0 && fields.entryIds.length === 0 && fields.origin === null;
}

/** The line under the list's filters: said only when a filter or words narrow it. */
export function matchWords(shown: number, narrowed: boolean): string {
  if (!narrowed) return '';
  if (shown === 0) return 'No wins match. Try another kind, part of life or year, or fewer words.';
  return shown === 1 ? '1 win matches.' : `${shown.toLocaleString()} wins match.`;
}

/** A saved win as the editor starts with it. */
export function fieldsOfWin(win: WinFields): WinFields {
  return {
    date: win.date,
    title: win.title,
    story: win.story,
    kind: win.kind,
    area: win.area,
    tags: [...win.tags],
    entryIds: [...win.entryIds],
    origin: win.origin,
  };
}
