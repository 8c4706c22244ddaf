import type { DamagedFile } from '../../shared/api/contract';
import { problemLines } from './journal-problems';

/** What a command prints: plain lines for people, or one JSON object with --json. */
export interface Output {
  json: boolean;
  /** Success: the human lines, or the JSON fields (printed with ok: true). */
  done(lines: string[], fields: Record<string, unknown>): void;
  /** A note for people on stderr, never in JSON output. */
  note(line: string): void;
  /**
   * The problems an opened journal found. They are said after the command's own
   * output, on stderr, where a pipe reading stdout still shows them to the person,
   * and in the JSON object as `problems`.
   */
  journalProblems(found: readonly DamagedFile[]): void;
  /** Whether the opened journal reported any problem. */
  readonly hadProblems: boolean;
  fail(code: string, message: string, exitCode: number): void;
}

export function createOutput(json: boolean, stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Output {
  let problems: DamagedFile[] | null = null;
  let problemsSaid = false;
  const problemFields = () => (problems ? { problems } : {});
  const sayProblems = () => {
    const lines = problemLines(problems ?? []);
    if (json || problemsSaid || !lines.length) return;
    problemsSaid = true;
    stderr.write(`${lines.join('\n')}\n`);
  };
  return {
    json,
    get hadProblems() {
      return (problems?.length ?? 0) > 0;
    },
    journalProblems(found) {
      problems = [...found];
    },
    done(lines, fields) {
      if (json) stdout.write(`${JSON.stringify({ ok: true, ...fields, ...problemFields() })}\n`);
      else if (lines.length) stdout.write(`${lines.join('\n')}\n`);
      sayProblems();
    },
    note(line) {
      if (!json) stderr.write(`${line}\n`);
    },
    fail(code, message, exitCode) {
      if (json) stdout.write(`${JSON.stringify({ ok: false, error: { code, message }, exitCode, ...problemFields() })}\n`);
      else stderr.write(`bounce-forward: ${message}\n`);
      sayProblems();
    },
  };
}
