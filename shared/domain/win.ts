import { z } from 'zod';
import { entryDateSchema, entryIdSchema, tagSchema } from './entry';

/** The record kind wins are sealed under. */
export const WIN_KIND = 'win';

/** What sort of win it was, in the words the app offers. */
export const WIN_KINDS = {
  skill: 'Learned a skill',
  'showed-up': 'Showed up when it was hard',
  helped: 'Helped someone',
  'out-of-reach': 'Did something I once thought out of reach',
  surprised: 'Surprised myself',
  other: 'Something else',
} as const;
export type WinKind = keyof typeof WIN_KINDS;
export const WIN_KIND_IDS = Object.keys(WIN_KINDS) as [WinKind, ...WinKind[]];

/** The part of life a win (or an entry, through its tags) belongs to. */
export const LIFE_AREAS = {
  work: 'Work',
  study: 'Study',
  relationships: 'Relationships',
  family: 'Family',
  health: 'Health',
  money: 'Money',
  creative: 'Creative',
  other: 'Other',
} as const;
export type LifeArea = keyof typeof LIFE_AREAS;
export const LIFE_AREA_IDS = Object.keys(LIFE_AREAS) as [LifeArea, ...LifeArea[]];

export const WIN_LIMITS = {
  titleChars: 200,
  storyChars: 20_000,
  tags: 20,
  links: 50,
} as const;

export const recordIdSchema = z.uuid({ message: 'An id must be a UUID.' });

/**
 * Where a win grew from, when it was recorded from something already in the
 * journal: a reflection's "what I learned", a settled small step, or a practice.
 */
export const winOriginSchema = z.strictObject({
  from: z.enum(['learning', 'reflection-step', 'own-step', 'practice']),
  id: recordIdSchema,
});
export type WinOrigin = z.infer<typeof winOriginSchema>;

const winFields = {
  date: entryDateSchema,
  title: z.string().trim().max(WIN_LIMITS.titleChars, `A win's title can be at most ${WIN_LIMITS.titleChars} characters.`),
  story: z.string().max(WIN_LIMITS.storyChars, `A win's story can be at most ${WIN_LIMITS.storyChars.toLocaleString('en')} characters.`),
  kind: z.enum(WIN_KIND_IDS, { message: 'Choose what kind of win it was.' }),
  area: z.enum(LIFE_AREA_IDS, { message: 'Choose the part of life it belongs to.' }),
  tags: z.array(tagSchema).max(WIN_LIMITS.tags, `A win can have at most ${WIN_LIMITS.tags} tags.`).default([]),
  /** Entries it grew out of ("this failure led here"); the entries show the link back. */
  entryIds: z.array(entryIdSchema).max(WIN_LIMITS.links, `A win can link at most ${WIN_LIMITS.links} entries.`).default([]),
  origin: winOriginSchema.nullable().default(null),
};

/** A story with no words and no title is not yet a win: the check says so instead of saving an empty card. */
const hasWords = (win: { title: string; story: string }) => win.title.trim() !== '' || win.story.trim() !== '';
const NEEDS_WORDS = { message: 'Write a few words about the win, or give it a title.', path: ['story'] };

export const winDraftSchema = z.strictObject({ id: recordIdSchema.optional(), ...winFields }).refine(hasWords, NEEDS_WORDS);
export type WinDraft = z.infer<typeof winDraftSchema>;
export type WinDraftInput = z.input<typeof winDraftSchema>;

export const winSchema = z
  .strictObject({
    id: recordIdSchema,
    ...winFields,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    deletedAt: z.iso.datetime().nullable(),
  })
  .refine(hasWords, NEEDS_WORDS);
export type Win = z.infer<typeof winSchema>;

/** What the vault screen lists: enough to recognise a win without every story. */
export const winSummarySchema = z.strictObject({
  id: recordIdSchema,
  date: entryDateSchema,
  title: z.string(),
  excerpt: z.string(),
  kind: z.enum(WIN_KIND_IDS),
  area: z.enum(LIFE_AREA_IDS),
  tags: z.array(z.string()),
  linkedEntries: z.number().int(),
  deletedAt: z.iso.datetime().nullable(),
});
export type WinSummary = z.infer<typeof winSummarySchema>;

/** The words a win is found by and framed by. */
export function winText(win: Pick<Win, 'title' | 'story' | 'tags'>): string {
  return `${win.title}\n${win.story}\n${win.tags.join(' ')}`;
}

/** The area an entry belongs to, read from its tags ("work", "Health"), or null. */
export function areaOfTags(tags: readonly string[]): LifeArea | null {
  for (const tag of tags) {
    const folded = tag.trim().toLowerCase();
    const area = LIFE_AREA_IDS.find((id) => id === folded || LIFE_AREAS[id].toLowerCase() === folded);
    if (area && area !== 'other') return area;
  }
  return null;
}
