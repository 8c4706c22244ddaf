import { useEffect, useRef, type ReactNode } from 'react';
import { KeepRecoveryCode } from '../../../auth/KeepRecoveryCode';

interface NewCodePanelProps {
  code: string;
  onKept: () => void;
  /** What changed, in plain words, above the code. */
  children: ReactNode;
}

/** A new recovery code made in Settings, shown this once the way journal creation shows it. */
export function NewCodePanel({ code, onKept, children }: NewCodePanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div className="new-code">
      <h4 ref={heading} tabIndex={-1} className="new-code-heading">
        Your new recovery code
      </h4>
      {children}
      <KeepRecoveryCode code={code} />
      <p>This is the only time it is shown. Once you close it, it can't be shown again.</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onKept}>
          I've kept it
        </button>
      </div>
    </div>
  );
}
