import { useId } from 'react';
import { useMain } from '../MainContext';

const CARE_TEXT =
  "If you're thinking about ending your life or hurting yourself, please reach out to someone you trust or a local crisis line.";

/** Help that needs no contacts set and no network: what to do now, and where a crisis line's number can be found. */
const OFFLINE_HELP =
  "If you might act on these thoughts, call your local emergency number now. Your phone's emergency call works even when it's locked. A doctor, pharmacist or your local health service can give you the number of a crisis line near you.";

/** Dismissed care cards, by entry, for as long as the journal is open in this window. Never stored. */
const dismissed = new Set<string>();

export function isCareDismissed(key: string): boolean {
  return dismissed.has(key);
}

interface CareCardProps {
  /** The entry this is about; dismissing hides the card for this entry only. */
  dismissKey: string;
  onDismiss: () => void;
}

/**
 * Shown calmly when the writing speaks of self-harm or of not wanting to live:
 * the person's own contacts from Settings, and a plain pointer to a crisis line.
 * It never blocks writing and never sends anything anywhere.
 */
export function CareCard({ dismissKey, onDismiss }: CareCardProps) {
  const id = useId();
  const { settings, openSettings } = useMain();
  const care = settings?.care;
  const contact = care?.trustedContact.trim() ?? '';
  const line = care?.crisisLine.trim() ?? '';

  return (
    <section className="care-card" aria-labelledby={`${id}-heading`} data-testid="care-card">
      <h2 id={`${id}-heading`} className="care-heading">
        You don't have to carry this alone
      </h2>
      <p>{CARE_TEXT}</p>
      {line ? null : (
        <p className="care-offline" data-testid="care-offline">
          {OFFLINE_HELP}
        </p>
      )}
      {contact || line ? (
        <dl className="care-contacts">
          {contact ? (
            <div>
              <dt>Someone you trust</dt>
              <dd>{contact}</dd>
            </div>
          ) : null}
          {line ? (
            <div>
              <dt>Your local crisis line</dt>
              <dd>{line}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p>
          You can add your own contacts in Settings.{' '}
          <button type="button" className="link-button" onClick={openSettings}>
            Open Settings
          </button>
        </p>
      )}
      <p className="care-note">This stays on this computer. Nothing is sent anywhere.</p>
      <button
        type="button"
        className="button small quiet"
        onClick={() => {
          dismissed.add(dismissKey);
          onDismiss();
        }}
      >
        Hide this for this entry
      </button>
    </section>
  );
}

interface CareAreaProps extends CareCardProps {
  show: boolean;
}

/**
 * Where the care card appears: a polite live region that is always in the page,
 * so the card is announced once when it comes, without taking the focus from
 * the writing. A region added together with its words is often not read out.
 */
export function CareArea({ show, ...card }: CareAreaProps) {
  return (
    <div className="care-area" aria-live="polite" data-testid="care-area">
      {show ? <CareCard {...card} /> : null}
    </div>
  );
}
