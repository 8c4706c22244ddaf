import type { DamagedFile } from '../../shared/api/contract';

const KIND_NAMES: Record<string, string> = {
  settings: 'Your settings',
  'auto-backup': 'Your automatic backup settings',
  'earlier-version': 'A kept earlier version of an entry',
};

function nameOf(problem: DamagedFile): string {
  if (problem.problem === 'header') return "The journal's header (journal.json)";
  const title = problem.title ? ` "${problem.title}"` : '';
  if (problem.kind === 'entry') return `The entry${title} (${problem.id})`;
  const known = problem.kind ? KIND_NAMES[problem.kind] : undefined;
  return known ? `${known}${title} (${problem.id})` : `The record${title} ${problem.id}`;
}

function whatHappened(problem: DamagedFile): string {
  const older = 'the text may be older than what was last saved';
  switch (problem.problem) {
    case 'header':
      return problem.recoveredFromPrevious ? 'was damaged, so its spare copy was used' : 'is damaged';
    case 'missing':
      return problem.recoveredFromPrevious ? `was missing, so its last good copy was used instead; ${older}` : 'is missing from the journal folder';
    case 'older':
      return `on disk is an earlier version than the last one saved; ${older}`;
    case 'damaged':
    default:
      return problem.recoveredFromPrevious ? `could not be read, so its last good copy was used instead; ${older}` : 'could not be read, so it is not shown';
  }
}

/**
 * What the person reads about problems the journal found when it opened: one line
 * each, then what to do. The files themselves are left as they are, so nothing is
 * lost by opening.
 */
export function problemLines(problems: readonly DamagedFile[]): string[] {
  if (problems.length === 0) return [];
  const heading =
    problems.length === 1 ? 'The journal opened, and found one problem:' : `The journal opened, and found ${problems.length.toLocaleString('en')} problems:`;
  return [
    heading,
    ...problems.map((problem) => `  ${nameOf(problem)} ${whatHappened(problem)}.`),
    'Everything else is as it was, and nothing was deleted. If you have a backup from before, you can get these back from it:',
    '"bounce-forward restore FILE --into DIR" restores it as a separate journal to copy from, or the app can merge it in (Settings, Backups, Restore).',
  ];
}
