import { excerptOf } from '../domain/entry';
import type { Win, WinSummary } from '../domain/win';

export function winSummaryOf(win: Win): WinSummary {
  return {
    id: win.id,
    date: win.date,
    title: win.title,
    excerpt: excerptOf(win.story),
    kind: win.kind,
    area: win.area,
    tags: win.tags,
    linkedEntries: win.entryIds.length,
    deletedAt: win.deletedAt,
  };
}
