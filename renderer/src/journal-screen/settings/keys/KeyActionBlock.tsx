import { useId, type ReactNode } from 'react';
import { NewCodePanel } from './NewCodePanel';
import type { KeyAction } from './useKeyAction';

interface KeyActionBlockProps {
  title: string;
  action: KeyAction;
  /** What it does and when to choose it, always shown. */
  intro: ReactNode;
  openLabel: string;
  /** The form, shown once opened. */
  form: ReactNode;
  /** What changed, shown with the new code. */
  changed: ReactNode;
  /** Said once the person has kept the code. */
  keptNote: string;
}

/** A titled key action: a button, then its form, then the new recovery code until it is kept. */
export function KeyActionBlock({ title, action, intro, openLabel, form, changed, keptNote }: KeyActionBlockProps) {
  const id = useId();
  return (
    <div className="key-block" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {intro}
      {action.stage === 'closed' ? (
        <div className="actions">
          <button type="button" ref={action.opener} className="button" onClick={action.open}>
            {openLabel}
          </button>
        </div>
      ) : null}
      {action.stage === 'open' ? form : null}
      {action.stage === 'code' && action.code ? (
        <NewCodePanel code={action.code} onKept={() => action.kept(keptNote)}>
          {changed}
        </NewCodePanel>
      ) : null}
      <p className="quiet-note" role="status">
        {action.done}
      </p>
    </div>
  );
}
