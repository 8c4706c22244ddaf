import type { RefObject } from 'react';
import type { JournalSettings } from '../../../../shared/domain/settings';
import { AutoLockSetting } from './AutoLockSetting';
import { BackupSettings } from './backup/BackupSettings';
import { PassphraseAndRecovery } from './keys/PassphraseAndRecovery';
import { JournalProblems } from './JournalProblems';
import { ListMarksSetting } from './ListMarksSetting';
import { StorageStatement } from './StorageStatement';
import { SupportSetting } from './SupportSetting';
import { SurfacingSetting } from './SurfacingSetting';

interface SettingsViewProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  location: string;
  settings: JournalSettings | null;
  onSettings: (settings: JournalSettings) => void;
}

export function SettingsView({ headingRef, location, settings, onSettings }: SettingsViewProps) {
  return (
    <div className="page-view settings-view">
      <h1 id="settings-heading" ref={headingRef} tabIndex={-1}>
        Settings
      </h1>
      <JournalProblems />
      <PassphraseAndRecovery />
      <AutoLockSetting settings={settings} onSettings={onSettings} />
      <BackupSettings location={location} />
      <SupportSetting settings={settings} onSettings={onSettings} />
      <SurfacingSetting settings={settings} onSettings={onSettings} />
      <ListMarksSetting settings={settings} onSettings={onSettings} />
      <StorageStatement location={location} />
    </div>
  );
}
