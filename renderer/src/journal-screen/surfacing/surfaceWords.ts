import type { FramingCorrection } from '../../../../shared/domain/framing-record';
import type { WinSummary } from '../../../../shared/domain/win';
import type { FramingCounts } from '../../../../shared/evidence/surfacing';
import type { FramingResult } from '../framing/protocol';
import { framingAsShown } from '../framing/shownFraming';

/** The most entries whose panel stays closed; the oldest closings give way first (the setting allows 5,000). */
export const DISMISSED_KEPT = 5_000;

/** The tags a surfacing request may carry. */
const TAGS_SENT = 30;

/**
 * The sentences of the text counted by the reading the framing view shows, the
 * person's own labels included: a sentence they relabelled counts as they said.
 */
export function shownCounts(result: FramingResult | null, corrections: readonly FramingCorrection[]): FramingCounts {
  const { counts } = framingAsShown(result, corrections);
  return { shame: counts.shame, accountability: counts.accountability, blame: counts.blame, neutral: counts.neutral };
}

/** The dismissed list with this entry added once, newest last, cut to what the setting keeps. */
export function withDismissed(dismissed: readonly string[], entryId: string, keep = DISMISSED_KEPT): string[] {
  const next = [...dismissed.filter((id) => id !== entryId), entryId];
  return next.slice(Math.max(0, next.length - keep));
}

export function tagsToSend(tags: readonly string[]): string[] {
  return tags.slice(0, TAGS_SENT);
}

/** A win as the panel names it: its title, or its first words. */
export function winName(win: Pick<WinSummary, 'title' | 'excerpt'>, max = 80): string {
  const text = (win.title.trim() || win.excerpt).replace(/\s+/gu, ' ').trim();
  if (text.length <= max) return text || 'A win without words yet';
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
