import { progressWords, type WorkKind } from '../../shared/domain/work-progress';
import { Work } from '../backup/work';
import { ProgressThrottle } from '../backup/work-registry';
import type { CliContext } from './cli-context';

/** Where the progress line goes: stderr, and only when it is a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Erases the line the cursor is on, so the next progress line (or the answer) starts clean. */
const CLEAR_LINE = '\r\x1b[2K';

/**
 * Runs long work (export, verify, restore, import) with its progress on one
 * redrawn line of stderr when stderr is a terminal, and never with --json, whose
 * output is one JSON object. Ctrl+C asks the work to stop, which leaves
 * everything as it was; once that is no longer possible it says so and finishes
 * (a second Ctrl+C then ends the process as usual).
 */
export async function withProgress<T>(
  ctx: Pick<CliContext, 'out'>,
  kind: WorkKind,
  task: (work: Work) => Promise<T>,
  stream: ProgressStream = process.stderr,
  signals: Pick<NodeJS.Process, 'once' | 'off'> = process,
): Promise<T> {
  const shown = !ctx.out.json && stream.isTTY === true;
  const throttle = new ProgressThrottle();
  let drawn = false;
  const work = new Work(
    kind,
    shown
      ? (progress) => {
          if (!throttle.passes({ operation: 'command-line', ...progress })) return;
          stream.write(`${CLEAR_LINE}${progressWords(progress)}${progress.cancellable ? '' : ' (can no longer be stopped)'}`);
          drawn = true;
        }
      : undefined,
  );
  const interrupted = () => {
    if (drawn) stream.write(CLEAR_LINE);
    drawn = false;
    ctx.out.note(work.cancel() ? 'Stopping…' : 'Nearly done, and this can no longer be stopped; it finishes in a moment.');
  };
  signals.once('SIGINT', interrupted);
  try {
    return await task(work);
  } finally {
    signals.off('SIGINT', interrupted);
    if (drawn) stream.write(CLEAR_LINE);
  }
}
