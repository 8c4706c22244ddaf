import { ownStepSchema, OWN_STEP_KIND, type OwnStep } from '../../shared/domain/own-step';
import { practiceGap, practiceSchema, PRACTICE_KIND, type Practice } from '../../shared/domain/practice';
import { LIFE_AREAS, WIN_KIND, WIN_KINDS, winSchema, type Win } from '../../shared/domain/win';
import type { BackupRecord } from './format/body-lines';
import { fileSlug, yamlString } from './markdown';

/** The person's wins, own steps and practices, read back from records; a record that fails its schema stays in the JSON only. */
export interface EvidenceForExport {
  wins: Win[];
  steps: OwnStep[];
  practices: Practice[];
}

export function evidenceOf(records: readonly BackupRecord[]): EvidenceForExport {
  const found: EvidenceForExport = { wins: [], steps: [], practices: [] };
  for (const record of records) {
    if (record.kind === WIN_KIND) push(found.wins, winSchema.safeParse(record.data));
    else if (record.kind === OWN_STEP_KIND) push(found.steps, ownStepSchema.safeParse(record.data));
    else if (record.kind === PRACTICE_KIND) push(found.practices, practiceSchema.safeParse(record.data));
  }
  found.wins.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  found.practices.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  found.steps.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return found;
}

function push<T>(list: T[], parsed: { success: true; data: T } | { success: false }): void {
  if (parsed.success) list.push(parsed.data);
}

export function winMarkdown(win: Win): string {
  const lines = [
    '---',
    `title: ${yamlString(win.title)}`,
    `date: ${win.date}`,
    `kind: ${yamlString(WIN_KINDS[win.kind])}`,
    `area: ${yamlString(LIFE_AREAS[win.area])}`,
    `tags: [${win.tags.map(yamlString).join(', ')}]`,
    `entries: [${win.entryIds.join(', ')}]`,
    `id: ${win.id}`,
    '---',
    '',
  ];
  return `${lines.join('\n')}\n${win.story}${win.story.endsWith('\n') || !win.story ? '' : '\n'}`;
}

/** "2026-02-20-ran-5k.md"; a win without a title is named by its first words. */
export function winFileName(win: Win, taken: Set<string>): string {
  return uniqueName(`${win.date}-${fileSlug(win.title || win.story, 'win')}`, taken);
}

/** One file for every practice, oldest first: before, after, and the gap. */
export function practicesMarkdown(practices: readonly Practice[]): string {
  const sections = practices
    .filter((practice) => !practice.deletedAt)
    .map((practice) => {
      const before = [`## ${practice.date}: ${practice.attempt}`, '', `What I feared: ${practice.fear || '(not written)'}`, `How bad I expected it to be: ${practice.expected} of 10`];
      if (!practice.outcome) return [...before, '', 'Not done yet.'].join('\n');
      const { outcome } = practice;
      return [
        ...before,
        '',
        `What happened (${outcome.date}): ${outcome.happened || '(not written)'}`,
        `How bad it really was: ${outcome.actual} of 10 (expected minus actual: ${practiceGap(practice)})`,
        `What I learned: ${outcome.learned || '(not written)'}`,
      ].join('\n');
    });
  return `# Practice failing on purpose\n\n${sections.join('\n\n')}\n`;
}

export function stepsMarkdown(steps: readonly OwnStep[]): string {
  const words = { open: 'not yet', done: 'done', 'let-go': 'let go' } as const;
  const lines = steps.filter((step) => !step.deletedAt).map((step) => `- [${step.status === 'done' ? 'x' : ' '}] ${step.text} (${words[step.status]})`);
  return `# My small steps\n\n${lines.join('\n')}\n`;
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = `${base}.md`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.md`;
  taken.add(name);
  return name;
}
