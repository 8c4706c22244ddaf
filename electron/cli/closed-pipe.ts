/**
 * When whoever reads the output stops early (`bounce-forward list | head`), the
 * next write fails with EPIPE. That is the reader's choice, not a failure: the
 * rest of the output is dropped quietly instead of crashing with a stack trace.
 * Any other write error still surfaces.
 */
export function dropOutputOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}
