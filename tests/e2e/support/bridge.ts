import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createAppServices, type AppServices } from '../../../electron/api/app-services';
import { readAppAsset } from '../../../electron/shell/app-assets';
import { appResponseHeaders, APP_ORIGIN } from '../../../electron/shell/security-policy';
import type { ApiEvent } from '../../../shared/api/methods';
import { WorkGate } from './work-gate';

export const TEST_ORIGIN = 'https://bounce-forward.test';
export const RENDERER_ROOT = join(__dirname, '../../../out/renderer');

let clientScript: Promise<string> | null = null;

/** The page-side client, bundled once per worker from the shared createApiClient. */
function pageClientScript(): Promise<string> {
  clientScript ??= build({
    entryPoints: [join(__dirname, 'page-client.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return clientScript;
}

export interface TestApp {
  dataFolder: string;
  journalDir: string;
  services: AppServices;
  /** Where "Save as file" writes, standing in for the native save dialog. */
  savePath: string;
  /**
   * The scripted answers of the open-file and folder dialogs (null: the person
   * cancels). A test sets them before the step that opens the dialog. `savePath`,
   * when set, answers the save dialog instead of `savePath` above.
   */
  dialogs: { openPath: string | null; folder: string | null; savePath?: string | null };
  /** Holds long work (an export, an import) at a chosen step until the test lets it go on. */
  workGate: WorkGate;
  open(): Promise<void>;
  /** A new page over the same services and files, as after a restart of the window. */
  reopen(page: Page): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * The real services over real files in a fresh temporary folder, reached from the
 * page through exposeBinding into the same dispatcher the IPC handlers use.
 */
export async function startTestApp(page: Page, options: { journalDir?: string } = {}): Promise<TestApp> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'bounce-e2e-'));
  // The bench opens a journal it seeded elsewhere; tests start from an empty folder.
  const journalDir = options.journalDir ?? join(dataFolder, 'journal');
  const savePath = join(dataFolder, 'saved-recovery-code.txt');
  const dialogs: TestApp['dialogs'] = { openPath: null, folder: null };
  const workGate = new WorkGate();
  const services = createAppServices({
    journalDir,
    platform: {
      chooseSavePath: async () => (dialogs.savePath === undefined ? savePath : dialogs.savePath),
      chooseOpenPath: async () => dialogs.openPath,
      chooseFolder: async () => dialogs.folder,
      // Chromium's own PDF printing of the page as it stands, as Electron's printToPDF prints the window.
      printToPdf: async () => current.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true }),
    },
    dispatcher: { checkResponses: true },
    workPacingForTests: workGate.pace,
  });
  let current = page;
  services.vault.onLock((reason) => emit(current, 'locked', { reason }));
  services.vault.onEntryFramed((id) => emit(current, 'entriesFramed', { ids: [id] }));
  services.work.onProgress((progress) => emit(current, 'progress', progress));

  const attach = async (target: Page) => {
    current = target;
    await target.exposeBinding('__bounceInvoke', (_source, method: unknown, request: unknown) => services.dispatch(method, request));
    await target.addInitScript({ content: await pageClientScript() });
    await target.route(`${TEST_ORIGIN}/**`, async (route) => {
      const url = route.request().url().replace(TEST_ORIGIN, APP_ORIGIN);
      const asset = await readAppAsset(RENDERER_ROOT, url);
      if (!asset) return route.fulfill({ status: 404, body: 'Not found' });
      return route.fulfill({ status: 200, headers: appResponseHeaders(asset.contentType), body: Buffer.from(asset.body) });
    });
    // Anything that is not the app is refused, as the Electron session does.
    await target.context().route((url) => !url.href.startsWith(TEST_ORIGIN), (route) => route.abort('blockedbyclient'));
  };
  await attach(page);

  return {
    dataFolder,
    journalDir,
    services,
    savePath,
    dialogs,
    workGate,
    open: async () => {
      await current.goto(`${TEST_ORIGIN}/index.html`);
    },
    reopen: async (next) => {
      await attach(next);
      await next.goto(`${TEST_ORIGIN}/index.html`);
    },
    dispose: async () => {
      await services.vault.lock('quit');
      await rm(dataFolder, { recursive: true, force: true });
    },
  };
}

function emit(page: Page, event: ApiEvent, payload: unknown): void {
  void page.evaluate(([name, body]) => window.__bounceEmit(name as ApiEvent, body), [event, payload] as const).catch(() => undefined);
}
