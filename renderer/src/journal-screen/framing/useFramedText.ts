import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Entry } from '../../../../shared/domain/entry';
import type { FramingCorrection } from '../../../../shared/domain/framing-record';
import type { FramingLabel } from '../../../../shared/framing/types';
import { bounce } from '../../api';
import type { BodyHandle } from '../journal/BodyEditor';
import { marksFor, type FramingMark } from './highlights';
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
  /**
   * Where the editor's words stand in the framed words, or null if the reading is
   * of older words. By default the editor holds all of them.
   */
  placeOf?: (framedText: string, editorText: string) => number | null;
}

const WHOLE_TEXT = (framedText: string, editorText: string) => (framedText === editorText ? 0 : null);

/** The marks that fall in the editor's words, moved to where those words start. */
function marksWithin(marks: readonly FramingMark[], offset: number, length: number): FramingMark[] {
  return marks
    .filter((mark) => mark.from >= offset && mark.to <= offset + length)
    .map((mark) => ({ ...mark, from: mark.from - offset, to: mark.to - offset }));
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
export function useFramedText({ body, corrections, ensureId, onCorrected, care, visible, placeOf = WHOLE_TEXT }: Options): FramedText {
  const { result, update } = useFraming({ framing: true, care });
  const [caret, setCaret] = useState<number | null>(null);
  /** Where the editor's words start in the framed words the panel lists. */
  const offset = useRef(0);
  const latestPlaceOf = useRef(placeOf);
  latestPlaceOf.current = placeOf;

  useEffect(() => {
    const handle = body.current;
    if (!handle) return;
    const text = handle.getText();
    if (!visible) return handle.showFraming([], text);
    const at = result ? latestPlaceOf.current(result.text, text) : null;
    if (!result || at === null) return;
    offset.current = at;
    handle.showFraming(marksWithin(marksFor(framingAsShown(result, corrections).sentences), at, text.length), text);
  }, [body, result, corrections, visible]);

  const onShow = useCallback(
    (sentence: ShownSentence) => {
      body.current?.selectSentence(sentence.start - offset.current, sentence.end - offset.current, sentence.text);
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
    (sentence: ShownSentence, text: string) =>
      body.current?.insertAfterSentence(sentence.start - offset.current, sentence.end - offset.current, sentence.text, text) ?? false,
    [body],
  );

  return { result, update, caret: caret === null ? null : caret + offset.current, setCaret, onShow, onCorrect, onUseReframe };
}
