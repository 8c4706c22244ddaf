/** Small helpers for saying sizes, counts and times in plain words. */

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString()} ${units[unit]}`;
}

/** "12 entries and 3 other items", counting entries apart from everything else. */
export function entriesAndOthers(entries: number, records: number): string {
  const others = Math.max(0, records - entries);
  return others === 0 ? plural(entries, 'entry', 'entries') : `${plural(entries, 'entry', 'entries')} and ${plural(others, 'other item')}`;
}

const moment = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** "Tue, 3 Mar 2026, 14:02" in the person's locale and time zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : moment.format(date);
}
