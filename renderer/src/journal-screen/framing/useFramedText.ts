import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Entry } from '../../../../shared/domain/entry';
import type { FramingCorrection } from '../../../../shared/domain/framing-record';
import type { FramingLabel } from '../../../../shared/framing/types';
import { bounce } from '../../api';
import type { BodyHandle } from '../journal/BodyEditor';
import { marksFor } from './highlights';
import { framingAsShown, type ShownSentence } from './shownFraming';
import type { FramingResult } from './protocol';
import { useFraming, type TextSource } from './useFraming';

interface Options {
  body: RefObject<BodyHandle | null>;
  /** The person's corrections for this entry. */
  corrections: readonly FramingCorrection[];
  /** Makes sure the entry is saved and returns its id; rejects with a message if it cannot be. */
  ensureId: () => Promise<string>;
  /** The entry as stored after a correction. */
  onCorrected: (entry: Entry) => void;
  /** Also look for care language in the same text. */
  care: boolean;
  /** Highlights show only while the framing view is open. */
  visible: boolean;
}

export interface FramedText {
  result: FramingResult | null;
  /** Call with the text whenever it changes; `now` skips the pause (first load). */
  update: (text: TextSource, now?: boolean) => void;
  caret: number | null;
  setCaret: (position: number) => void;
  onShow: (sentence: ShownSentence) => void;
  onCorrect: (sentence: ShownSentence, label: FramingLabel | null) => Promise<void>;
  onUseReframe: (sentence: ShownSentence, text: string) => boolean;
}

/** The live framing of one CodeMirror text: highlights, the panel's actions, corrections. */
export function useFramedText({ body, corrections, ensureId, onCorrected, care, visible }: Options): FramedText {
  const { result, update } = useFraming({ framing: true, care });
  const [caret, setCaret] = useState<number | null>(null);

  useEffect(() => {
    const handle = body.current;
    if (!handle) return;
    if (!visible) handle.showFraming([], handle.getText());
    else if (result) handle.showFraming(marksFor(framingAsShown(result, corrections).sentences), result.text);
  }, [body, result, corrections, visible]);

  const onShow = useCallback(
    (sentence: ShownSentence) => {
      body.current?.selectSentence(sentence.start, sentence.end, sentence.text);
    },
    [body],
  );

  const onCorrect = useCallback(
    async (sentence: ShownSentence, label: FramingLabel | null) => {
      const id = await ensureId();
      onCorrected(await bounce().entries.correctFraming({ id, sentence: sentence.text.trim(), label }));
    },
    [ensureId, onCorrected],
  );

  const onUseReframe = useCallback(
    (sentence: ShownSentence, text: string) => body.current?.insertAfterSentence(sentence.start, sentence.end, sentence.text, text) ?? false,
    [body],
  );

  return { result, update, caret, setCaret, onShow, onCorrect, onUseReframe };
}
