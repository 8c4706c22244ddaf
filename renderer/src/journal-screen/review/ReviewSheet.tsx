import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { bounce, messageOf } from '../../api';
import { useMain } from '../MainContext';
import type { View } from '../timeline/chartData';
import { FramingChart } from '../timeline/FramingChart';
import { MonthTable, MovedSentences, NamedPeriods, Patterns, RootCauses, WinsByKind, YearBeside, type Review } from './ReviewSections';
import { SaveReviewPdf } from './SaveReviewPdf';
import { useReviewSheet } from './useReviewSheet';
import '../../styles/review.css';

const STILL = { canPan: false, panBy: () => false, panning: () => undefined, select: () => undefined };

/**
 * The yearly review, over the whole window: read on screen, and what prints to PDF
 * (everything but its controls). Chosen years come from the timeline's extent.
 */
export function ReviewSheet({ years, initialYear, onClose }: { years: number[]; initialYear: number; onClose: () => void }) {
  const main = useMain();
  const heading = useRef<HTMLHeadingElement>(null);
  const [year, setYear] = useState(initialYear);
  const [shown, setShown] = useState<{ year: number; review: Review; view: View } | null>(null);
  const [problem, setProblem] = useState('');
  useReviewSheet(heading, onClose);

  useEffect(() => {
    let current = true;
    setProblem('');
    const api = bounce().timeline;
    Promise.all([api.review({ year }), api.view({ from: `${year}-01-01`, to: `${year}-12-31`, resolution: 'month' })]).then(
      ([review, view]) => current && setShown({ year, review, view }),
      (failure) => current && setProblem(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [year]);

  const ready = shown !== null && shown.year === year;
  const open = (id: string) => {
    onClose();
    main.openEntry(id);
  };

  return createPortal(
    <div className="review-sheet" role="dialog" aria-modal="true" aria-labelledby="review-title" data-ready={ready ? 'true' : 'false'}>
      <div className="review-controls">
        <label>
          Year{' '}
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {ready ? <SaveReviewPdf year={year} /> : null}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <article className="review-page" aria-busy={!ready}>
        <h1 id="review-title" ref={heading} tabIndex={-1}>
          Looking back on {year}
        </h1>
        {problem ? <p role="alert">{problem}</p> : null}
        {ready ? (
          <>
            <p className="review-lede">
              From your own writing: how you framed what went wrong, month by month, on the line from who I am to what I did, with someone else as a reading of its own.
            </p>
            <section aria-labelledby="review-chart">
              <h2 id="review-chart">How you framed failure in {year}</h2>
              <FramingChart view={shown.view} label={`Entries in ${year} on the line from who I am to what I did`} onOpen={open} moves={STILL} returnTo={null} />
              <MonthTable view={shown.view} />
            </section>
            <YearBeside review={shown.review} />
            <NamedPeriods review={shown.review} />
            <Patterns review={shown.review} />
            <WinsByKind review={shown.review} />
            <RootCauses review={shown.review} />
            <MovedSentences review={shown.review} />
          </>
        ) : (
          <p className="quiet-note">Gathering the year…</p>
        )}
      </article>
    </div>,
    document.body,
  );
}
