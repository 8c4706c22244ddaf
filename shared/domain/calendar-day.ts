/** A moment as the writer's calendar day (local time), in the journal's YYYY-MM-DD form. */
export function calendarDayOf(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
