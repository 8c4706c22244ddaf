import type { ReactNode } from 'react';
import '../../styles/steps.css';

interface QuietNoteProps {
  /** The words; empty shows nothing, but the live region stays so the next words are read out. */
  text: string;
  /** A button that goes with the words ("Keep it as a win", "Undo"). */
  action?: ReactNode;
}

/**
 * The quiet word after something is answered or moved, read out politely and
 * shown in the part of the page where it happened, so it is seen where the person
 * is looking.
 */
export function QuietNote({ text, action }: QuietNoteProps) {
  return (
    <div className={text ? 'quiet-note-area shown' : 'quiet-note-area'}>
      <p className="step-ack" role="status">
        {text}
      </p>
      {text ? action : null}
    </div>
  );
}
