import { useCallback, useEffect, useRef, useState } from 'react';
import { frameText } from './framingClient';
import { unframed, type FramingResult } from './protocol';

const FRAMING_DELAY_MS = 300;

/** The text, or a way to read it once the pause is over (so a long page is not copied on every key). */
export type TextSource = string | (() => string);

interface Options {
  framing: boolean;
  care: boolean;
}

/**
 * The framing of a text that is being written: asked for once typing pauses,
 * one request at a time, the newest text winning. `update` costs nothing on the
 * typing path but a timer.
 */
export function useFraming(options: Options): { result: FramingResult | null; update: (text: TextSource, now?: boolean) => void } {
  const [result, setResult] = useState<FramingResult | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const state = useRef({ busy: false, queued: null as string | null, timer: undefined as number | undefined, alive: true });

  const run = useCallback(async (text: string) => {
    const s = state.current;
    if (s.busy) {
      s.queued = text;
      return;
    }
    if (!text.trim()) {
      setResult(unframed(text));
      return;
    }
    s.busy = true;
    try {
      const answer = await frameText({ text, ...optionsRef.current });
      if (s.alive && s.queued === null) setResult(answer);
    } catch {
      // The view is a help, not a requirement: writing goes on without it.
    } finally {
      s.busy = false;
      const next = s.queued;
      s.queued = null;
      if (next !== null && s.alive) void run(next);
    }
  }, []);

  const update = useCallback(
    (text: TextSource, now = false) => {
      const s = state.current;
      const read = () => (typeof text === 'string' ? text : text());
      window.clearTimeout(s.timer);
      if (now) void run(read());
      else s.timer = window.setTimeout(() => void run(read()), FRAMING_DELAY_MS);
    },
    [run],
  );

  useEffect(() => {
    const s = state.current;
    s.alive = true;
    return () => {
      s.alive = false;
      window.clearTimeout(s.timer);
    };
  }, []);

  return { result, update };
}
