/**
 * npm run analyze -- FILE.jsonl [--eval]
 *
 * Reads one JSON object per line with a "text" field (and optionally "id" and
 * "label"). Without --eval, prints one JSON line per input with the framing
 * label, score and the spans that carry it. With --eval, prints per-label
 * precision/recall/F1, macro-F1 and a confusion matrix against each line's
 * "label".
 */
import { readFileSync } from 'node:fs';
import { analyzeText, evaluate, FRAMING_LABELS, formatEvaluation, type FramingLabel } from '../shared/framing/index';

const USAGE = 'Usage: npm run analyze -- FILE.jsonl [--eval]';

class InputError extends Error {}

interface InputLine {
  lineNumber: number;
  id?: string;
  text: string;
  label?: FramingLabel;
}

function isLabel(value: unknown): value is FramingLabel {
  return typeof value === 'string' && (FRAMING_LABELS as readonly string[]).includes(value);
}

function parseLine(raw: string, lineNumber: number, file: string): InputLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(`${file}, line ${lineNumber}: not valid JSON (${why}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${file}, line ${lineNumber}: expected a JSON object with a "text" field.`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    throw new InputError(`${file}, line ${lineNumber}: missing "text" (a string is required).`);
  }
  if (record.label !== undefined && !isLabel(record.label)) {
    throw new InputError(
      `${file}, line ${lineNumber}: "label" must be one of ${FRAMING_LABELS.join(', ')}; got ${JSON.stringify(record.label)}.`,
    );
  }
  return {
    lineNumber,
    text: record.text,
    ...(record.id !== undefined ? { id: String(record.id) } : {}),
    ...(isLabel(record.label) ? { label: record.label } : {}),
  };
}

function readLines(file: string): InputLine[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new InputError(`Cannot read ${file}: ${why}.`);
  }
  return content
    .split(/\r?\n/u)
    .map((raw, i) => ({ raw, lineNumber: i + 1 }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, lineNumber }) => parseLine(raw, lineNumber, file));
}

function describe(line: InputLine): string {
  const analysis = analyzeText(line.text);
  const spans = analysis.sentences.flatMap((s) =>
    s.spans.map((span) => ({ start: span.start, end: span.end, text: span.text, label: s.label, reason: s.reason })),
  );
  return JSON.stringify({
    ...(line.id !== undefined ? { id: line.id } : {}),
    label: analysis.label,
    score: Math.round(analysis.score * 1000) / 1000,
    spans,
  });
}

function evaluateLines(lines: readonly InputLine[], file: string): string {
  const unlabelled = lines.find((l) => l.label === undefined);
  if (unlabelled) throw new InputError(`${file}, line ${unlabelled.lineNumber}: --eval needs a "label" on every line.`);
  const pairs = lines.map((l) => ({ expected: l.label as FramingLabel, predicted: analyzeText(l.text).label }));
  return formatEvaluation(evaluate(pairs));
}

function main(argv: readonly string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--eval');
  if (files.length !== 1 || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}. ` : ''}${USAGE}\n`);
    return 2;
  }
  const file = files[0] ?? '';
  try {
    const lines = readLines(file);
    if (flags.includes('--eval')) process.stdout.write(`${evaluateLines(lines, file)}\n`);
    else for (const line of lines) process.stdout.write(`${describe(line)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
