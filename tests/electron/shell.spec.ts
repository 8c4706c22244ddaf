import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesContaining } from '../support/find-plaintext';

/**
 * The real Electron shell. Electron's binary is downloaded from GitHub on first
 * use; where that cannot happen, these tests are skipped and say why.
 */
function electronBinary(): string | null {
  if (process.env.ELECTRON_PATH && existsSync(process.env.ELECTRON_PATH)) return process.env.ELECTRON_PATH;
  // Asking require('electron') would start a download; look for an installed binary instead.
  const pkg = join(__dirname, '../../node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const mainBundle = join(__dirname, '../../out/main/main.js');

test.skip(!binary, 'No Electron binary on this machine (it downloads from GitHub, which is unreachable here); the shell tests run wherever Electron is installed.');

test('first run in the real shell: create, write, lock, unlock, find', async () => {
  const dataFolder = await mkdtemp(join(tmpdir(), 'bounce-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: [mainBundle], env: { ...process.env, BOUNCE_FORWARD_DATA_DIR: dataFolder } });
  try {
    const page = await app.firstWindow();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]!;
      return { url: win.webContents.getURL() };
    });
    expect(prefs.url).toBe('app://bounce-forward/index.html');
    // A sandboxed, isolated renderer has no Node: neither require nor process.
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    const steps = await import('../e2e/support/journal-steps');
    await steps.createJournal(page);
    await steps.writeEntry(page, { title: 'Shell marker Qwxzyv', body: 'Written in the real shell Qwxzyv' });
    await steps.lock(page);
    await steps.unlock(page);
    await page.getByLabel('Search entries').fill('Qwxzyv');
    await expect(page.getByRole('list', { name: 'Entries' }).getByText('Shell marker Qwxzyv')).toBeVisible();
    expect(await filesContaining(dataFolder, 'Qwxzyv')).toEqual([]);
  } finally {
    await app.close();
    await rm(dataFolder, { recursive: true, force: true });
  }
});

test('navigation and new windows are refused', async () => {
  const dataFolder = await mkdtemp(join(tmpdir(), 'bounce-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: [mainBundle], env: { ...process.env, BOUNCE_FORWARD_DATA_DIR: dataFolder } });
  try {
    const page = await app.firstWindow();
    await page.evaluate(() => {
      window.open('https://example.com');
      window.location.href = 'https://example.com';
    });
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toBe('app://bounce-forward/index.html');
  } finally {
    await app.close();
    await rm(dataFolder, { recursive: true, force: true });
  }
});
