import { useState } from 'react';
import { todayIso } from '../../lib/dates';
import { ReviewSheet } from './ReviewSheet';

/** Years from the first to the last with anything on the timeline, latest first. */
export function reviewYears(extent: { from: string; to: string } | null): number[] {
  if (!extent) return [];
  const first = Number(extent.from.slice(0, 4));
  const last = Number(extent.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, k) => last - k);
}

/** "Yearly review" on the timeline: this year's review when there is writing in it, else the latest year's. */
export function YearlyReviewButton({ extent }: { extent: { from: string; to: string } | null }) {
  const [open, setOpen] = useState(false);
  const years = reviewYears(extent);
  if (years.length === 0) return null;
  const thisYear = Number(todayIso().slice(0, 4));
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Yearly review
      </button>
      {open ? <ReviewSheet years={years} initialYear={years.includes(thisYear) ? thisYear : years[0]!} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
