import { z } from 'zod';
import { cleanTags, draftFrom, plural, type ParsedImport } from './import-drafts';

/**
 * Day One's JSON export: {"metadata": {...}, "entries": [{"uuid", "creationDate"
 * (ISO 8601), "timeZone", "text" (Markdown, first line shown as the title),
 * "tags", "starred", "photos", ...}]}.
 */
const dayOneExportSchema = z.looseObject({
  metadata: z.looseObject({}),
  entries: z.array(
    z.looseObject({
      uuid: z.string().optional(),
      creationDate: z.string(),
      timeZone: z.string().optional(),
      text: z.string().default(''),
      tags: z.array(z.unknown()).default([]),
      starred: z.boolean().default(false),
      photos: z.array(z.unknown()).optional(),
      videos: z.array(z.unknown()).optional(),
      audios: z.array(z.unknown()).optional(),
      pdfAttachments: z.array(z.unknown()).optional(),
    }),
  ),
});

/** The calendar day the entry was written on, where it was written. */
function dayIn(iso: string, timeZone: string | undefined): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(time);
  try {
    return format(timeZone || 'UTC');
  } catch {
    return format('UTC');
  }
}

/** Day One escapes Markdown punctuation in plain text ("Done\\."); the escapes are not the writer's. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/gu, '$1');
}

/** Day One shows the first line as the title; a leading "# " is its heading mark. */
function splitTitle(text: string): { title: string; body: string } {
  const trimmed = text.replace(/^\s*\n/u, '');
  const newline = trimmed.indexOf('\n');
  const first = (newline === -1 ? trimmed : trimmed.slice(0, newline)).replace(/^#+\s*/u, '').trim();
  const rest = newline === -1 ? '' : trimmed.slice(newline + 1).replace(/^\s*\n/u, '');
  return { title: first, body: rest };
}

export function parseDayOne(json: unknown): ParsedImport | null {
  const parsed = dayOneExportSchema.safeParse(json);
  if (!parsed.success) return null;
  const result: ParsedImport = { drafts: [], skipped: 0, notes: [] };
  const reasons: string[] = [];
  let starred = 0;
  let withMedia = 0;
  for (const item of parsed.data.entries) {
    if (item.starred) starred += 1;
    if ([item.photos, item.videos, item.audios, item.pdfAttachments].some((list) => list && list.length > 0)) withMedia += 1;
    const { title, body } = splitTitle(unescapeMarkdown(item.text));
    const draft = draftFrom(title, body, dayIn(item.creationDate, item.timeZone), cleanTags(item.tags, item.starred ? ['starred'] : []));
    if (typeof draft === 'string') {
      result.skipped += 1;
      reasons.push(draft);
    } else result.drafts.push(draft);
  }
  if (reasons.length) result.notes.push(`Left out ${plural(reasons.length, 'entry', 'entries')}: ${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; and others' : ''}.`);
  if (starred) result.notes.push(`${plural(starred, 'starred entry was', 'starred entries were')} given the tag "starred".`);
  if (withMedia) result.notes.push(`${plural(withMedia, 'entry had', 'entries had')} photos or other attachments; only the text was imported.`);
  return result;
}
