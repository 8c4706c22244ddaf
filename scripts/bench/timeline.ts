import type { Journal } from '../../electron/vault/journal';
import { dayNumber, dateOfDay } from '../../shared/timeline/days';
import { summarisePeriod } from '../../shared/timeline/period-summary';
import { timelineView } from '../../shared/timeline/view';
import { spanOf, ZOOMS, type Zoom } from '../../renderer/src/journal-screen/timeline/zoom';
import { timed } from './measure';
import { median, percentile, round } from './random';

/** What the Timeline screen asks for on arrival, as its handlers answer it: the extent, the view of all years, the named periods. */
function firstPaintData(journal: Journal) {
  const index = journal.evidence.timeline.index(journal.allEntries());
  const extent = index.extent();
  const view = timelineView(index, spanOf({ zoom: 'all', centre: extent?.to ?? '2026-01-01' }, extent));
  const periods = journal.evidence.periods.all().map((period) => summarisePeriod(index, period));
  return { view, periods };
}

/**
 * The timeline at the journal's size: its first paint's data with the index built
 * from nothing (the first visit after an unlock pays that), and one zoom or pan
 * step with the index built (what every wheel turn and key press asks for).
 */
export async function measureTimeline(journal: Journal, random: () => number): Promise<Record<string, number>> {
  const cold: number[] = [];
  for (let rep = 0; rep < 7; rep++) {
    journal.evidence.timeline.forget();
    cold.push((await timed(() => firstPaintData(journal))).ms);
  }
  const index = journal.evidence.timeline.index(journal.allEntries());
  const extent = index.extent();
  if (!extent) return { timeline_first_paint_ms: round(median(cold), 2) };
  const first = dayNumber(extent.from);
  const days = dayNumber(extent.to) - first + 1;
  const steps: number[] = [];
  for (let rep = 0; rep < 200; rep++) {
    const zoom: Zoom = ZOOMS[1 + Math.floor(random() * (ZOOMS.length - 1))]!;
    const centre = dateOfDay(first + Math.floor(random() * days));
    steps.push((await timed(() => timelineView(journal.evidence.timeline.index(journal.allEntries()), spanOf({ zoom, centre }, extent)))).ms);
  }
  return {
    timeline_first_paint_ms: round(median(cold), 2),
    timeline_zoom_step_median_ms: round(median(steps), 2),
    timeline_zoom_step_p95_ms: round(percentile(steps, 95), 2),
  };
}
