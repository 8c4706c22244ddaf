import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import directions are enforced by lint; this checks the rules really bite. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').length;
}

describe('layers', () => {
  it('keeps shared/ pure', async () => {
    expect(await restrictedImports('shared/domain/probe.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n")).toBe(1);
    expect(await restrictedImports('shared/domain/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restrictedImports('shared/domain/probe.ts', "import React from 'react';\nexport const a = React;\n")).toBe(1);
    expect(await restrictedImports('shared/domain/probe.ts', "import { Vault } from '../../electron/vault/vault';\nexport const a = Vault;\n")).toBe(1);
    expect(await restrictedImports('shared/domain/probe.ts', "import { z } from 'zod';\nexport const a = z;\n")).toBe(0);
  });

  it('keeps the renderer away from Electron, Node and the main process', async () => {
    expect(await restrictedImports('renderer/src/probe.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/probe.ts', "import { join } from 'path';\nexport const a = join;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/probe.ts', "import { Vault } from '../../electron/vault/vault';\nexport const a = Vault;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/probe.ts', "import { ApiError } from '../../shared/api/errors';\nexport const a = ApiError;\n")).toBe(0);
  });

  it('keeps the services free of Electron', async () => {
    expect(await restrictedImports('electron/vault/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restrictedImports('electron/api/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restrictedImports('electron/shell/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(0);
  });
});
