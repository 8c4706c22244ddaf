import { useState } from 'react';

/** What is kept where, in plain words: the promise the app makes about privacy. */
export function StorageStatement({ location }: { location: string }) {
  const [copied, setCopied] = useState('');

  async function copyLocation() {
    try {
      await navigator.clipboard.writeText(location);
      setCopied('Copied the folder path.');
    } catch {
      setCopied("Couldn't copy. You can select the path and copy it yourself.");
    }
  }

  return (
    <section className="settings-section storage-statement">
      <h2 id="storage-heading">What is stored where</h2>
      <p>Your journal is kept in this folder on this computer:</p>
      <p className="location">
        <code>{location || 'Unknown'}</code>
        {location ? (
          <button type="button" className="button quiet small" onClick={() => void copyLocation()}>
            Copy path
          </button>
        ) : null}
        <span className="quiet-note" aria-live="polite">
          {copied}
        </span>
      </p>
      <ul className="plain-list">
        <li>Everything you write, every title, tag and setting, is encrypted before it is saved on this computer.</li>
        <li>Nothing leaves this computer. The app has no account, sends nothing over the internet and keeps no copy anywhere else.</li>
        <li>
          The only part stored unencrypted is the journal's header. It reveals the file format and version, the settings
          used to turn your passphrase into a key, and your keys in wrapped (encrypted) form. It holds nothing you wrote.
        </li>
        <li>If you forget your passphrase, your recovery code is the only way back in.</li>
        <li>If both the passphrase and the recovery code are lost, the journal cannot be opened by anyone, including us.</li>
      </ul>
      <p>To back up your journal, use Backups below: it makes one encrypted file you can check and restore. Copying the whole folder while the app is closed works too; the copy stays encrypted.</p>
    </section>
  );
}
