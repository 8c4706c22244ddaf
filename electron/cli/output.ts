/** What a command prints: plain lines for people, or one JSON object with --json. */
export interface Output {
  json: boolean;
  /** Success: the human lines, or the JSON fields (printed with ok: true). */
  done(lines: string[], fields: Record<string, unknown>): void;
  /** A note for people on stderr, never in JSON output. */
  note(line: string): void;
  fail(code: string, message: string, exitCode: number): void;
}

export function createOutput(json: boolean, stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Output {
  return {
    json,
    done(lines, fields) {
      if (json) stdout.write(`${JSON.stringify({ ok: true, ...fields })}\n`);
      else if (lines.length) stdout.write(`${lines.join('\n')}\n`);
    },
    note(line) {
      if (!json) stderr.write(`${line}\n`);
    },
    fail(code, message, exitCode) {
      if (json) stdout.write(`${JSON.stringify({ ok: false, error: { code, message }, exitCode })}\n`);
      else stderr.write(`bounce-forward: ${message}\n`);
    },
  };
}
