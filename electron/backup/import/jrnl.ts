import { z } from 'zod';
import { cleanTags, draftFrom, plural, type ParsedImport } from './import-drafts';

/**
 * `jrnl --export json`: {"tags": {...}, "entries": [{"title", "body", "date":
 * "YYYY-MM-DD", "time": "HH:MM", "tags": [...], "starred"}]}. Unknown fields are
 * allowed, since jrnl adds some for some journal types.
 */
const jrnlExportSchema = z.looseObject({
  entries: z.array(
    z.looseObject({
      title: z.string().default(''),
      body: z.string().default(''),
      date: z.string(),
      time: z.string().optional(),
      tags: z.array(z.unknown()).default([]),
      starred: z.boolean().default(false),
    }),
  ),
});

export function parseJrnl(json: unknown): ParsedImport | null {
  const parsed = jrnlExportSchema.safeParse(json);
  if (!parsed.success) return null;
  const result: ParsedImport = { drafts: [], skipped: 0, notes: [] };
  const reasons: string[] = [];
  let starred = 0;
  let timed = 0;
  for (const item of parsed.data.entries) {
    if (item.starred) starred += 1;
    if (item.time) timed += 1;
    const draft = draftFrom(item.title, item.body.replace(/^\n+/u, ''), item.date, cleanTags(item.tags, item.starred ? ['starred'] : []));
    if (typeof draft === 'string') {
      result.skipped += 1;
      reasons.push(draft);
    } else result.drafts.push(draft);
  }
  if (reasons.length) result.notes.push(`Left out ${plural(reasons.length, 'entry', 'entries')}: ${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; and others' : ''}.`);
  if (starred) result.notes.push(`${plural(starred, 'starred entry was', 'starred entries were')} given the tag "starred".`);
  if (timed) result.notes.push('Times of day were not kept: entries here have a date only.');
  return result;
}
