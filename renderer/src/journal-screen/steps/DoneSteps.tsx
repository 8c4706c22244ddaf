import { useId } from 'react';
import type { OwnStep } from '../../../../shared/domain/own-step';
import { formatDay, todayIso } from '../../lib/dates';
import { useMain } from '../MainContext';
import { ownStepWin } from './stepWords';

interface DoneStepsProps {
  steps: OwnStep[];
  /** Which settled steps were already kept as a win, and as which. */
  becameWins: { fromId: string; winId: string }[];
}

function settledOn(step: OwnStep): string {
  const day = step.settledAt ? formatDay(todayIso(new Date(step.settledAt))) : '';
  const when = day ? ` on ${day}` : '';
  return step.status === 'let-go' ? `Let go${when}` : `Done${when}`;
}

/** The person's own steps that are done or let go, newest first; each can be kept as a win, once. */
export function DoneSteps({ steps, becameWins }: DoneStepsProps) {
  const id = useId();
  const { recordWin, openWin } = useMain();
  const winOf = new Map(becameWins.map((pair) => [pair.fromId, pair.winId]));
  return (
    <section className="steps-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Done</h2>
      {steps.length === 0 ? (
        <p className="quiet-note">Steps you finish or let go of are kept here, if you want to look back.</p>
      ) : (
        <ul className="step-items done-steps" aria-label="Done">
          {steps.map((step) => {
            const winId = winOf.get(step.id);
            return (
              <li key={step.id} className="step-item">
                <p className="step-text" id={`${id}-${step.id}`}>
                  {step.text}
                </p>
                <p className="quiet-note">{settledOn(step)}</p>
                <div className="actions step-actions">
                  {winId ? (
                    <>
                      <span className="quiet-note">Became a win</span>
                      <button type="button" className="button small" aria-describedby={`${id}-${step.id}`} onClick={() => openWin(winId)}>
                        Open the win
                      </button>
                    </>
                  ) : (
                    <button type="button" className="button small" aria-describedby={`${id}-${step.id}`} onClick={() => recordWin(ownStepWin(step))}>
                      Keep it as a win
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
