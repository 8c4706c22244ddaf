import '../lib/zodJitless';
import { useState } from 'react';
import { ConfirmCodeStep } from './ConfirmCodeStep';
import { CreatePassphraseStep } from './CreatePassphraseStep';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { RestoreFromBackup } from './RestoreFromBackup';

export interface Created {
  recoveryCode: string;
  confirmGroups: [number, number];
}

interface CreateJournalProps {
  note?: string | undefined;
  onCreated: () => void;
  /** A backup became this computer's journal; it still has to be unlocked. */
  onRestored: (note: string) => void;
  /** Starts loading the main screen while the person reads their code. */
  onPrepareMain: () => void;
}

/** Passphrase, then the recovery code shown once, then a check that it was kept. */
export function CreateJournal({ note, onCreated, onRestored, onPrepareMain }: CreateJournalProps) {
  const [created, setCreated] = useState<Created | null>(null);
  const [step, setStep] = useState<'passphrase' | 'code' | 'confirm' | 'restore'>('passphrase');

  if (step === 'restore') return <RestoreFromBackup onRestored={onRestored} onBack={() => setStep('passphrase')} />;
  if (!created || step === 'passphrase') {
    return (
      <CreatePassphraseStep
        note={note}
        onRestoreInstead={() => setStep('restore')}
        onCreated={(result) => {
          setCreated(result);
          setStep('code');
          onPrepareMain();
        }}
      />
    );
  }
  if (step === 'code') {
    return (
      <RecoveryCodeStep
        code={created.recoveryCode}
        onKept={() => setStep('confirm')}
        onStartOver={() => {
          setCreated(null);
          setStep('passphrase');
        }}
      />
    );
  }
  return (
    <ConfirmCodeStep
      code={created.recoveryCode}
      groups={created.confirmGroups}
      onShowCode={() => setStep('code')}
      onConfirmed={() => {
        setCreated(null);
        onCreated();
      }}
    />
  );
}
