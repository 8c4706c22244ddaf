import { useEffect, useRef, useState, type RefObject } from 'react';

type KeyStage = 'closed' | 'open' | 'code';

/**
 * One key action in Settings that ends by showing a new recovery code once: closed
 * behind a button, open as a form, then the code until the person says they kept it.
 * Focus follows: into the form's first field, and back to the button when it closes.
 */
export function useKeyAction(firstField: RefObject<HTMLInputElement | null>) {
  const [stage, setStage] = useState<KeyStage>('closed');
  const [code, setCode] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const backToOpener = useRef(false);

  useEffect(() => {
    if (stage === 'open') firstField.current?.focus();
    if (stage === 'closed' && backToOpener.current) {
      backToOpener.current = false;
      opener.current?.focus();
    }
  }, [stage, firstField]);

  function close() {
    backToOpener.current = true;
    setStage('closed');
  }

  return {
    stage,
    code,
    done,
    opener,
    open: () => {
      setDone('');
      setStage('open');
    },
    cancel: close,
    show: (recoveryCode: string) => {
      setCode(recoveryCode);
      setStage('code');
    },
    /** The person kept the code: it is gone from the screen for good. */
    kept: (note: string) => {
      setCode(null);
      setDone(note);
      close();
    },
  };
}

export type KeyAction = ReturnType<typeof useKeyAction>;
