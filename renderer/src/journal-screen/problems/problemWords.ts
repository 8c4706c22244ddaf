import type { DamagedFile } from '../../../../shared/api/contract';
import type { MergeItem, MergeSummary } from '../../../../shared/domain/backup';
import { entryIdSchema } from '../../../../shared/domain/entry';
import { formatDay } from '../../lib/dates';

/** One problem said in plain words, with whether a backup could bring it back. */
export interface ProblemLine {
  id: string;
  text: string;
  restorable: boolean;
  /** The service's own sentence, for anyone helping the person look into it. */
  reason: string;
  foundAt?: string;
}

type Subject = { group: 'entry' | 'settings' | 'header' | 'other'; name: string };

/**
 * Before the journal's manifest names a record's kind, an entry is still known by
 * its id: entries are the only records named by a UUID.
 */
function isEntry(problem: DamagedFile): boolean {
  if (problem.problem === 'header') return false;
  if (problem.kind) return problem.kind === 'entry';
  return entryIdSchema.safeParse(problem.id).success;
}

function quoted(title: string): string {
  return `“${title}”`;
}

function subjectOf(problem: DamagedFile): Subject {
  if (problem.problem === 'header') return { group: 'header', name: "The journal's header (journal.json)" };
  if (isEntry(problem)) {
    if (problem.title === undefined) return { group: 'entry', name: 'An entry' };
    const title = problem.title.trim();
    return { group: 'entry', name: title ? quoted(title) : 'An untitled entry' };
  }
  if (problem.kind === 'settings' || problem.id === 'settings') return { group: 'settings', name: 'Your settings' };
  if (problem.kind === 'auto-backup' || problem.id === 'auto-backup') return { group: 'settings', name: 'Your automatic backup settings' };
  if (problem.kind === 'earlier-version') return { group: 'other', name: 'An earlier version of an entry' };
  return { group: 'other', name: "One of the journal's files" };
}

function entryLine(name: string, problem: DamagedFile): string {
  switch (problem.problem) {
    case 'missing':
      return `${name} is missing: its file is no longer in the journal's folder, so it isn't showing in your journal for now.`;
    case 'older':
      return `${name} opened from an earlier version of its file than the one last saved, so its latest changes may be missing.`;
    default:
      return problem.recoveredFromPrevious
        ? `${name} couldn't be read, so the copy saved before it was opened instead. Its text may be older than what you last wrote.`
        : `${name} couldn't be read, and there was no good earlier copy to open instead, so it isn't showing in your journal for now.`;
  }
}

function settingsLine(name: string, problem: DamagedFile): string {
  switch (problem.problem) {
    case 'missing':
      return `${name} couldn't be found, so the usual ones are in use for now. You can choose them again whenever you like.`;
    case 'older':
      return `${name} opened from an earlier version than the one last saved, so a recent change to them may need making again.`;
    default:
      return problem.recoveredFromPrevious
        ? `${name} couldn't be read, so the copy saved before was used instead. A recent change to them may need making again.`
        : `${name} couldn't be read, so the usual ones are in use for now. You can choose them again whenever you like.`;
  }
}

function otherLine(name: string, problem: DamagedFile): string {
  switch (problem.problem) {
    case 'missing':
      return `${name} is missing from the journal's folder. Everything else opened as usual.`;
    case 'older':
      return `${name} opened from an earlier version than the one last saved.`;
    default:
      return problem.recoveredFromPrevious
        ? `${name} couldn't be read, so the copy saved before it was used instead.`
        : `${name} couldn't be read, so it is left out for now.`;
  }
}

function headerLine(name: string, problem: DamagedFile): string {
  return problem.recoveredFromPrevious
    ? `${name} couldn't be read, so its spare copy was used instead. Your entries are not affected, and there is nothing you need to do.`
    : `${name} couldn't be read. Your entries are not affected.`;
}

/** The sentence for one problem, naming the entry by its title when the journal knows it. */
export function problemText(problem: DamagedFile): string {
  const subject = subjectOf(problem);
  if (subject.group === 'entry') return entryLine(subject.name, problem);
  if (subject.group === 'settings') return settingsLine(subject.name, problem);
  if (subject.group === 'header') return headerLine(subject.name, problem);
  return otherLine(subject.name, problem);
}

/** An entry whose text a backup may hold: one that is gone, unreadable, or possibly older than it was. */
export function isRestorable(problem: DamagedFile): boolean {
  return isEntry(problem) && (problem.problem === 'damaged' || problem.problem === 'missing' || problem.problem === 'older');
}

export function problemLines(problems: readonly DamagedFile[]): ProblemLine[] {
  return problems.map((problem) => ({
    id: problem.id,
    text: problemText(problem),
    restorable: isRestorable(problem),
    reason: problem.reason,
    ...(problem.foundAt ? { foundAt: problem.foundAt } : {}),
  }));
}

export function restorableIds(problems: readonly DamagedFile[]): string[] {
  return problems.filter(isRestorable).map((problem) => problem.id);
}

export const NOTICE_HEADING = "Part of your journal didn't open as it was saved";
export const NOTICE_CALM = "Everything else opened as usual, and nothing has been removed or written over.";

/** What the person can do about it, or null when there is nothing to do. */
export function whatToDo(problems: readonly DamagedFile[]): string | null {
  const count = restorableIds(problems).length;
  if (count === 0) return null;
  return count === 1
    ? 'If you have a backup, you can bring this entry back from it. Nothing else in your journal changes.'
    : 'If you have a backup, you can bring these entries back from it. Nothing else in your journal changes.';
}

/**
 * Entries not in the journal at all just now (missing, or unreadable with no good
 * earlier copy). A merge counts the ones it brings back as repaired without listing them.
 */
export function absentEntries(problems: readonly DamagedFile[]): DamagedFile[] {
  return problems.filter(
    (problem) => isRestorable(problem) && (problem.problem === 'missing' || (problem.problem === 'damaged' && !problem.recoveredFromPrevious)),
  );
}

function itemName(item: MergeItem): string {
  const title = item.title?.trim() ? quoted(item.title.trim()) : 'An untitled entry';
  return item.date ? `${title} (${formatDay(item.date)})` : title;
}

function problemName(problem: DamagedFile): string {
  return subjectOf(problem).name;
}

/** What a restore limited to the problem entries would bring back, before anything is written. */
export interface RestorePreview {
  /** One line per entry that would come back. */
  comesBack: string[];
  /** Entries that stay as they are here, and why. */
  staysAsIs: string[];
  total: number;
}

export function restorePreview(problems: readonly DamagedFile[], summary: MergeSummary): RestorePreview {
  const wanted = new Set(restorableIds(problems));
  const listed = [...summary.items.added, ...summary.items.updated].filter((item) => wanted.has(item.id));
  const comesBack = listed.map(itemName);
  const listedIds = new Set(listed.map((item) => item.id));
  const unlisted = absentEntries(problems).filter((problem) => !listedIds.has(problem.id));
  if (summary.repaired > 0) {
    // Repaired entries are only counted, so they are named from the problem list when every one of them is in the backup.
    if (summary.repaired === unlisted.length) comesBack.push(...unlisted.map(problemName));
    else comesBack.push(`${summary.repaired === 1 ? '1 entry' : `${summary.repaired} entries`} that can't be opened here`);
  }
  const staysAsIs = summary.items.keptNewer
    .filter((item) => wanted.has(item.id))
    .map((item) => `${itemName(item)} stays as it is, as the copy here is newer than the backup's.`);
  const unusable = new Set(summary.setAside.map((record) => record.id));
  for (const problem of problems) {
    if (wanted.has(problem.id) && unusable.has(problem.id)) {
      staysAsIs.push(`The backup's copy of ${lowerFirst(problemName(problem))} can't be used either, so it isn't taken.`);
    }
  }
  return { comesBack, staysAsIs, total: summary.added + summary.updated + summary.repaired };
}

/** The ids a restore brought back: listed as added or updated, or absent before and opening now. */
export function restoredIds(problems: readonly DamagedFile[], summary: MergeSummary, opensNow: ReadonlySet<string>): string[] {
  const wanted = new Set(restorableIds(problems));
  const back = new Set([...summary.items.added, ...summary.items.updated].map((item) => item.id).filter((id) => wanted.has(id)));
  for (const { id } of absentEntries(problems)) if (opensNow.has(id)) back.add(id);
  return [...wanted].filter((id) => back.has(id));
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** After a restore: what came back, and what is still listed. */
export function restoreOutcome(problems: readonly DamagedFile[], restored: readonly string[]): string {
  const back = new Set(restored);
  const wanted = problems.filter(isRestorable);
  const cameBack = wanted.filter((problem) => back.has(problem.id));
  const still = wanted.filter((problem) => !back.has(problem.id));
  const parts: string[] = [];
  if (cameBack.length > 0) {
    const names = cameBack.map(problemName);
    parts.push(
      cameBack.length === 1 ? `${names[0]} is back from the backup, as it was there.` : `Back from the backup, as they were there: ${joinNames(names)}.`,
    );
  }
  if (still.length > 0) {
    const names = still.map(problemName);
    parts.push(
      still.length === 1
        ? `The backup had no newer copy of ${lowerFirst(names[0]!)}, so it stays listed in Settings. Another backup may have one.`
        : `The backup had no newer copy of ${joinNames(names.map(lowerFirst))}, so they stay listed in Settings. Another backup may have them.`,
    );
  }
  return parts.join(' ') || 'Nothing needed restoring.';
}

/** "An entry" inside a sentence reads "an entry"; a quoted title stays as it is. */
function lowerFirst(name: string): string {
  return name.startsWith('An ') ? `an ${name.slice(3)}` : name;
}
