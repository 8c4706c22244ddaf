import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DEV = fileURLToPath(new URL('./fixtures/dev.jsonl', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'framing-cli-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('scripts/analyze.ts', () => {
  it('writes one JSON line per input with id, label, score and spans', () => {
    const input = file('in.jsonl', '{"id":"a","text":"I\'m a failure."}\n\n{"text":"Rent is due."}\n');
    const { code, out } = run(input);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      id: 'a',
      label: 'shame',
      score: -1,
      spans: [{ start: 0, end: 13, text: "I'm a failure", label: 'shame', reason: "an identity label: 'I'm a failure'" }],
    });
    expect(lines[1]).toEqual({ label: 'neutral', score: 0, spans: [] });
  });

  it('--eval prints per-label scores, macro-F1 and a confusion matrix', () => {
    const { code, out } = run(DEV, '--eval');
    expect(code).toBe(0);
    expect(out).toMatch(/macro-F1\s+\d\.\d{3}/u);
    expect(out).toContain('confusion (rows expected, columns predicted)');
    for (const label of ['shame', 'accountability', 'blame', 'neutral']) expect(out).toContain(label);
  });

  it('names the line of malformed JSON and exits non-zero', () => {
    const { code, err } = run(file('bad.jsonl', '{"text":"ok"}\n{not json\n'));
    expect(code).toBe(1);
    expect(err).toMatch(/line 2: not valid JSON/u);
  });

  it('names the line missing its text', () => {
    const { code, err } = run(file('notext.jsonl', '{"text":"ok"}\n{"id":7}\n'));
    expect(code).toBe(1);
    expect(err).toMatch(/line 2: missing "text"/u);
  });

  it('explains a missing file', () => {
    const { code, err } = run(join(dir, 'nope.jsonl'));
    expect(code).toBe(1);
    expect(err).toMatch(/Cannot read .*nope\.jsonl: no such file/u);
  });

  it('asks for labels when evaluating', () => {
    const { code, err } = run(file('unlabelled.jsonl', '{"text":"ok","label":"neutral"}\n{"text":"hm"}\n'), '--eval');
    expect(code).toBe(1);
    expect(err).toMatch(/line 2: --eval needs a "label"/u);
  });

  it('rejects an unknown label and bad usage', () => {
    expect(run(file('badlabel.jsonl', '{"text":"ok","label":"sad"}\n')).err).toMatch(/line 1: "label" must be one of/u);
    const usage = run();
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: npm run analyze -- FILE.jsonl [--eval]');
  });
});
