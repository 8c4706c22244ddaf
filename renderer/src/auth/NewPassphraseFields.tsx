import { useId, type Ref } from 'react';
import { Field } from '../components/Field';
import type { PassphraseProblem } from './passphraseRules';
import { ShowPassphrase, useShowPassphrase } from './ShowPassphrase';
import { StrengthMeter } from './StrengthMeter';
import { useStrength } from './useStrength';

interface NewPassphraseFieldsProps {
  label: 'Passphrase' | 'New passphrase' | 'Backup passphrase';
  repeatLabel?: string;
  hint?: string;
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  problem: PassphraseProblem | null;
  readOnly?: boolean;
  passphraseRef?: Ref<HTMLInputElement>;
  repeatRef?: Ref<HTMLInputElement>;
}

/** A new passphrase, typed twice, with a live strength estimate. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { label, passphrase, repeat, onPassphrase, onRepeat, problem, readOnly, passphraseRef, repeatRef } = props;
  const repeatLabel = props.repeatLabel ?? 'Repeat passphrase';
  const hint = props.hint ?? 'At least 10 characters. A few unrelated words with spaces between them are strong and easier to remember than symbols.';
  const strength = useStrength(passphrase);
  const id = useId();
  const meterId = `${id}-meter`;
  // One button shows both, since the point is to check the two say the same.
  const show = useShowPassphrase();
  return (
    <>
      <Field
        ref={passphraseRef}
        id={`${id}-passphrase`}
        label={label}
        type={show.type}
        autoComplete="new-password"
        spellCheck={false}
        value={passphrase}
        readOnly={readOnly}
        onChange={(event) => onPassphrase(event.target.value)}
        hint={hint}
        aria-describedby={meterId}
        error={problem?.field === 'passphrase' ? problem.message : null}
        after={<StrengthMeter id={meterId} passphrase={passphrase} strength={strength} />}
        beside={<ShowPassphrase what={label.toLowerCase()} controls={`${id}-passphrase ${id}-repeat`} {...show.toggle} />}
      />
      <Field
        ref={repeatRef}
        id={`${id}-repeat`}
        label={repeatLabel}
        type={show.type}
        autoComplete="new-password"
        spellCheck={false}
        value={repeat}
        readOnly={readOnly}
        onChange={(event) => onRepeat(event.target.value)}
        error={problem?.field === 'repeat' ? problem.message : null}
      />
    </>
  );
}
