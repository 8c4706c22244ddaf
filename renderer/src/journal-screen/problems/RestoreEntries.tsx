import { useEffect, useId, useRef } from 'react';
import { BackupSecretField, BackupTaskPanel, ChosenBackupName } from '../settings/backup/BackupTaskPanel';
import type { ChosenBackup } from '../settings/backup/useBackupSecret';
import type { EntryRestore, RestoreDoing } from './useEntryRestore';
import type { RestorePreview } from './problemWords';
import '../../styles/backup.css';

const DOING: Record<RestoreDoing, string> = {
  choose: 'Reading the backup file…',
  preview: 'Reading the backup to see what it holds of these entries. Nothing is written yet…',
  merge: 'Bringing these entries back from the backup…',
};

/**
 * The button that starts a restore; the rest of the flow shows in RestorePanel.
 * It stays focusable while the file is read (aria-disabled), so keyboard focus is not dropped.
 */
export function RestoreButton({ restore }: { restore: EntryRestore }) {
  return (
    <button type="button" className="button" aria-disabled={restore.busy || undefined} onClick={restore.choose}>
      Restore from a backup…
    </button>
  );
}

function BackupSecret({ restore, file }: { restore: EntryRestore; file: ChosenBackup }) {
  const { input } = restore.secret;
  useEffect(() => input.current?.focus(), [input]);
  return (
    <div className="restore-step">
      <ChosenBackupName name={file.name} />
      <BackupSecretField
        file={file}
        secret={restore.secret}
        readOnly={restore.busy}
        onKeyDown={(event) => {
          if (event.key === 'Enter') restore.preview(file);
        }}
      />
      <div className="actions">
        <button type="button" className="button primary" disabled={restore.busy} onClick={() => restore.preview(file)}>
          See what it would bring back
        </button>
        <button type="button" className="button quiet" disabled={restore.busy} onClick={restore.cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function WhatComesBack({ restore, file, preview }: { restore: EntryRestore; file: ChosenBackup; preview: RestorePreview }) {
  const nothing = preview.total === 0;
  const headingId = useId();
  const heading = useRef<HTMLParagraphElement>(null);
  // What the backup holds appears where the person is reading, and is read out from its heading.
  useEffect(() => heading.current?.focus(), [preview]);
  return (
    <div className="backup-confirm restore-step" role="group" aria-labelledby={headingId}>
      <p id={headingId} ref={heading} tabIndex={-1} className="restore-heading">
        {nothing ? `${file.name} can't help with these entries` : `What ${file.name} would bring back`}
      </p>
      {nothing ? (
        <p>It doesn't hold them, or its copies are no newer than the ones here. Nothing was changed.</p>
      ) : (
        <ul className="plain-list restore-items">
          {preview.comesBack.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {preview.staysAsIs.map((line) => (
        <p key={line} className="quiet-note">
          {line}
        </p>
      ))}
      {nothing ? (
        <div className="actions">
          <button type="button" className="button" disabled={restore.busy} onClick={restore.choose}>
            Choose a different backup…
          </button>
          <button type="button" className="button quiet" disabled={restore.busy} onClick={restore.cancel}>
            Close
          </button>
        </div>
      ) : (
        <>
          <p>
            Only these entries are taken from the backup; nothing else in your journal changes. If an entry is still here in
            another form, that copy is kept as an earlier version.
          </p>
          <p className="quiet-note">Nothing has been written yet.</p>
          <div className="actions">
            <button type="button" className="button primary" disabled={restore.busy} onClick={() => restore.merge(file)}>
              Restore these entries
            </button>
            <button type="button" className="button quiet" disabled={restore.busy} onClick={restore.cancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/**
 * Where the restore flow unfolds: the passphrase, what would come back, progress and problems.
 * `live` is off inside the notice, which is a live region already, so nothing is read twice.
 */
export function RestorePanel({ restore, live = true }: { restore: EntryRestore; live?: boolean }) {
  const { step } = restore;
  return (
    <div className="restore-panel" aria-live={live ? 'polite' : undefined}>
      <BackupTaskPanel
        chosen={
          <>
            {step.kind === 'chosen' ? <BackupSecret restore={restore} file={step.file} /> : null}
            {step.kind === 'preview' ? <WhatComesBack restore={restore} file={step.file} preview={step.preview} /> : null}
          </>
        }
        working={restore.doing && restore.doing !== 'choose' ? DOING[restore.doing] : null}
        note={restore.note}
        error={restore.error}
      />
    </div>
  );
}
