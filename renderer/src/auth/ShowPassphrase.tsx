import { useEffect, useRef, useState, type RefObject } from 'react';

interface ShowPassphraseProps {
  /** What is shown, as the button names it: "passphrase", "new passphrase"… */
  what: string;
  shown: boolean;
  /** The ids of the inputs it shows. */
  controls: string;
  button: RefObject<HTMLButtonElement | null>;
  onToggle: () => void;
}

/**
 * Whether a passphrase is shown while it is typed: hidden to begin with, and hidden
 * again whenever its form is sent, so it is never left on screen after Unlock or
 * Save, whatever the form does next.
 */
export function useShowPassphrase() {
  const [shown, setShown] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const form = button.current?.form;
    if (!form) return;
    const hide = () => setShown(false);
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);

  return {
    type: shown ? 'text' : 'password',
    toggle: { shown, button, onToggle: () => setShown((now) => !now) },
  } as const;
}

/** The Show / Hide button beside a passphrase field; pressed while the words are visible. */
export function ShowPassphrase({ what, shown, controls, button, onToggle }: ShowPassphraseProps) {
  return (
    <button
      ref={button}
      type="button"
      className="button quiet small show-passphrase"
      aria-pressed={shown}
      aria-controls={controls}
      onClick={onToggle}
    >
      {shown ? 'Hide' : 'Show'}
      <span className="visually-hidden"> {what}</span>
    </button>
  );
}
