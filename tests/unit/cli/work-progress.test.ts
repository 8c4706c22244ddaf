import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createOutput } from '../../../electron/cli/output';
import { withProgress } from '../../../electron/cli/work-progress';

function streams(isTTY: boolean) {
  const written: string[] = [];
  const sink = { isTTY, write: (text: string) => written.push(text) };
  return { written, sink };
}

async function sealHundred(work: Parameters<Parameters<typeof withProgress>[2]>[0]): Promise<string> {
  for (let done = 0; done <= 100; done++) await work.step('sealing', 'records', done, 100);
  return 'sealed';
}

describe('progress on the command line', () => {
  it('redraws one line on a terminal and clears it before the answer', async () => {
    const err = streams(true);
    const out = createOutput(false, streams(false).sink as never, err.sink as never);
    expect(await withProgress({ out }, 'export', sealHundred, err.sink, new EventEmitter() as never)).toBe('sealed');
    expect(err.written[0]).toBe('\r\x1b[2KSealing the backup: 0 of 100 records');
    expect(err.written).toContain('\r\x1b[2KSealing the backup: 100 of 100 records');
    expect(err.written.every((line) => line.startsWith('\r\x1b[2K') && !line.includes('\n'))).toBe(true);
    expect(err.written.at(-1)).toBe('\r\x1b[2K');
  });

  it('stays quiet with --json, and when stderr is not a terminal', async () => {
    for (const [json, isTTY] of [[true, true], [false, false]] as const) {
      const err = streams(isTTY);
      const out = createOutput(json, streams(false).sink as never, err.sink as never);
      await withProgress({ out }, 'export', sealHundred, err.sink, new EventEmitter() as never);
      expect(err.written).toEqual([]);
    }
  });

  it('stops on Ctrl+C while stopping leaves everything as it was, and says when that is no longer so', async () => {
    const err = streams(false);
    const out = createOutput(false, streams(false).sink as never, err.sink as never);
    const signals = new EventEmitter();
    const stopped = withProgress(
      { out },
      'import',
      async (work) => {
        await work.step('saving', 'entries', 1, 10);
        signals.emit('SIGINT');
        await work.step('saving', 'entries', 2, 10);
      },
      err.sink,
      signals as never,
    );
    await expect(stopped).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(err.written).toEqual(['Stopping…\n']);
    expect(signals.listenerCount('SIGINT')).toBe(0);

    err.written.length = 0;
    const finished = await withProgress(
      { out },
      'restore',
      async (work) => {
        await work.step('reading', 'bytes', 10, 10);
        work.commit();
        signals.emit('SIGINT');
        await work.step('writing', 'records', 1, 1);
        return 'restored';
      },
      err.sink,
      signals as never,
    );
    expect(finished).toBe('restored');
    expect(err.written).toEqual(['Nearly done, and this can no longer be stopped; it finishes in a moment.\n']);
  });
});
