import { ENTRY_LIMITS, entryDateSchema, tagSchema, type EntryDraftInput } from '../../../shared/domain/entry';

/** What a foreign export turned into: drafts for the journal's normal save path, and what did not fit. */
export interface ParsedImport {
  drafts: EntryDraftInput[];
  skipped: number;
  notes: string[];
}

/** Tags from other apps may start with @ or #, or hold commas; ours cannot. */
export function cleanTags(raw: readonly unknown[], extra: string[] = []): string[] {
  const tags: string[] = [];
  for (const value of [...raw, ...extra]) {
    if (typeof value !== 'string') continue;
    const tag = value
      .replace(/^[@#]+/u, '')
      .replace(/[,#]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      .slice(0, ENTRY_LIMITS.tagChars)
      .trim();
    if (tagSchema.safeParse(tag).success && !tags.some((kept) => kept.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags.slice(0, ENTRY_LIMITS.tags);
}

/**
 * A draft within the journal's limits, or a reason it cannot be one. A title too
 * long for the title field is shortened, and kept whole at the top of the text.
 */
export function draftFrom(title: string, body: string, date: string, tags: string[]): EntryDraftInput | string {
  if (!entryDateSchema.safeParse(date).success) return `an entry with the date "${date.slice(0, 20)}", which is not a calendar day`;
  let finalTitle = title.trim();
  let finalBody = body;
  if (finalTitle.length > ENTRY_LIMITS.titleChars) {
    finalBody = `${finalTitle}\n\n${body}`;
    finalTitle = `${finalTitle.slice(0, ENTRY_LIMITS.titleChars - 1).trimEnd()}…`;
  }
  if (finalBody.length > ENTRY_LIMITS.bodyChars) return `an entry from ${date} longer than ${ENTRY_LIMITS.bodyChars.toLocaleString('en')} characters`;
  return { title: finalTitle, date, body: finalBody, tags };
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
