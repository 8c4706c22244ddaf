import { useState } from 'react';
import { bounce, messageOf } from '../../api';

type Step = { at: 'idle' } | { at: 'warning' } | { at: 'saving' } | { at: 'saved'; path: string; pages: number } | { at: 'failed'; message: string };

/**
 * "Save as PDF": first a plain warning that the file leaves the journal's
 * encryption, then the save dialog, then the window prints itself to that file.
 */
export function SaveReviewPdf({ year }: { year: number }) {
  const [step, setStep] = useState<Step>({ at: 'idle' });

  const save = async () => {
    setStep({ at: 'saving' });
    // Let the warning leave the page before it is printed.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    try {
      const saved = await bounce().timeline.saveReview({ year });
      setStep(saved.path === null ? { at: 'idle' } : { at: 'saved', path: saved.path, pages: saved.pages });
    } catch (failure) {
      setStep({ at: 'failed', message: messageOf(failure) });
    }
  };

  if (step.at === 'warning') {
    return (
      <div className="review-warning" role="alertdialog" aria-labelledby="review-warning-title" aria-describedby="review-warning-text">
        <h2 id="review-warning-title">This PDF will not be encrypted</h2>
        <p id="review-warning-text">
          Your journal is locked with your passphrase; a PDF is not. Anyone who can open the file can read this review, including the sentences
          quoted from your entries. Save it only somewhere you keep private things, and delete it when you no longer need it.
        </p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => void save()} autoFocus>
            Save the PDF
          </button>
          <button type="button" className="button" onClick={() => setStep({ at: 'idle' })}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="review-save">
      <button type="button" className="button" disabled={step.at === 'saving'} onClick={() => setStep({ at: 'warning' })}>
        {step.at === 'saving' ? 'Saving the PDF…' : 'Save as PDF…'}
      </button>
      <p className="quiet-note" role="status">
        {step.at === 'saved' ? `Saved to ${step.path} (${step.pages === 1 ? 'one page' : `${step.pages} pages`}). This file is not encrypted.` : null}
        {step.at === 'failed' ? step.message : null}
      </p>
    </div>
  );
}
