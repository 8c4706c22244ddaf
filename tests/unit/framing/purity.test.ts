import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../shared/framing', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('shared/framing stays pure', () => {
  const files = sourceFiles(ROOT);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s imports only relative modules', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gu)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? '',
    );
    for (const specifier of imports) expect(specifier.startsWith('./') || specifier.startsWith('../')).toBe(true);
  });

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s uses no Node, DOM or Electron globals', (_name, file) => {
    // Lexicon strings mention words like "process"; only code is checked.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gmu, '')
      .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/gu, "''");
    expect(code).not.toMatch(/\b(?:process|require|__dirname|Buffer|window|document|localStorage|electron|navigator)\b/u);
  });
});
