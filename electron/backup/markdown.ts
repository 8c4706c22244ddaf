import type { Entry } from '../../shared/domain/entry';

/**
 * Front matter values are written as JSON strings, which YAML reads as quoted
 * scalars; the line and paragraph separators are escaped too because older YAML
 * readers take them for line breaks.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

export function entryMarkdown(entry: Entry): string {
  const lines = [
    '---',
    `title: ${yamlString(entry.title)}`,
    `date: ${entry.date}`,
    `kind: ${entry.kind}`,
    `tags: [${entry.tags.map(yamlString).join(', ')}]`,
    `created: ${entry.createdAt}`,
    `updated: ${entry.updatedAt}`,
    `id: ${entry.id}`,
    '---',
    '',
  ];
  const reflection = entry.reflection ? reflectionMarkdown(entry.reflection as unknown as Record<string, unknown>) : '';
  return `${lines.join('\n')}\n${entry.body}${entry.body.endsWith('\n') || !entry.body ? '' : '\n'}${reflection}`;
}

/** A guided reflection's answers as plain sections, whatever fields it has; the JSON file keeps them exactly. */
function reflectionMarkdown(reflection: Record<string, unknown>): string {
  const sections: string[] = [];
  for (const [field, value] of Object.entries(reflection)) {
    // Where the person stopped in the guide is app state, not something they wrote.
    if (field === 'currentStep') continue;
    const text = plainText(value);
    if (!text) continue;
    const heading = field.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
    sections.push(`\n## ${heading.charAt(0).toUpperCase()}${heading.slice(1)}\n\n${text}\n`);
  }
  return sections.join('');
}

function plainText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => `- ${typeof item === 'string' ? item : JSON.stringify(item)}`).join('\n');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, inner]) => inner !== null && inner !== '')
      .map(([key, inner]) => `${key}: ${typeof inner === 'string' ? inner : JSON.stringify(inner)}`)
      .join('\n');
  }
  return String(value);
}

/** Words made safe for a file name on every file system: "A hard day" → "a-hard-day". */
export function fileSlug(words: string, fallback: string): string {
  return (
    words
      .normalize('NFKD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 60)
      .replace(/-+$/u, '') || fallback
  );
}

/** "2026-03-14-a-hard-day.md": sortable by date, readable, safe on every file system. */
export function markdownFileName(entry: Entry, taken: Set<string>): string {
  const slug = fileSlug(entry.title, 'entry');
  let name = `${entry.date}-${slug}.md`;
  for (let n = 2; taken.has(name); n++) name = `${entry.date}-${slug}-${n}.md`;
  taken.add(name);
  return name;
}
