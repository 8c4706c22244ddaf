import '../lib/zodJitless';
import { Banner } from './Banner';
import { JournalView } from './journal/JournalView';
import { LockProblem } from './LockProblem';
import { PracticeView } from './practice/PracticeView';
import { MainContext } from './MainContext';
import { DamageNotice } from './problems/DamageNotice';
import { JournalProblemsContext } from './problems/useJournalProblems';
import { SaveGuardContext } from './SaveGuard';
import { SettingsView } from './settings/SettingsView';
import { Sidebar } from './Sidebar';
import { StepCheckIn } from './steps/StepCheckIn';
import { StepsView } from './steps/StepsView';
import { TimelineView } from './timeline/TimelineView';
import { TopBar } from './TopBar';
import { TrashView } from './trash/TrashView';
import { useMainScreen } from './useMainScreen';
import { WinsView } from './wins/WinsView';
import '../styles/main.css';
import '../styles/framing.css';
import '../styles/reflect.css';

interface MainScreenProps {
  location: string;
  notice?: string | undefined;
  onLocked: () => void;
}

export function MainScreen({ location, notice, onLocked }: MainScreenProps) {
  const screen = useMainScreen(notice, onLocked);
  const { section, heading, journalVersion, restoring, settings } = screen;
  const go = (next: Parameters<typeof screen.go>[0]) => void screen.go(next);

  return (
    <MainContext.Provider value={screen.context}>
      <JournalProblemsContext.Provider value={screen.problems}>
        <SaveGuardContext.Provider value={screen.guard}>
          <div className="main-shell">
            <a className="skip-link" href="#content">
              Skip to content
            </a>
            <TopBar autoLockMinutes={settings?.autoLockMinutes ?? null} locking={screen.locking} onLock={() => void screen.lock()} />
            {screen.lockProblem ? (
              <LockProblem message={screen.lockProblem} onLockAnyway={() => void screen.lock(true)} onKeepOpen={() => screen.setLockProblem(null)} />
            ) : null}
            <div className="main-body">
              <Sidebar current={section} onGo={go} />
              <main className="content" id="content" tabIndex={-1}>
                <Banner text={screen.banner} onRetry={screen.keptProblem ? () => void screen.restoreKept() : null} onDismiss={() => screen.setBanner('')} />
                <DamageNotice
                  away={section === 'settings'}
                  onShowSettings={() => go('settings')}
                  onDismissed={() => (heading.current ?? document.getElementById('content'))?.focus()}
                />
                <StepCheckIn onOpenSteps={() => go('steps')} />
                {restoring ? <p className="quiet-note restoring">Saving what you wrote before the journal locked…</p> : null}
                {!restoring && section === 'journal' ? <JournalView key={`journal-${journalVersion}`} command={screen.command} headingRef={heading} /> : null}
                {!restoring && section === 'reflect' ? <JournalView key={`reflect-${journalVersion}`} mode="reflect" command={null} headingRef={heading} /> : null}
                {!restoring && section === 'wins' ? <WinsView key={journalVersion} headingRef={heading} command={screen.winCommand} /> : null}
                {!restoring && section === 'steps' ? <StepsView key={journalVersion} headingRef={heading} /> : null}
                {!restoring && section === 'practice' ? <PracticeView key={journalVersion} headingRef={heading} /> : null}
                {!restoring && section === 'timeline' ? <TimelineView key={journalVersion} headingRef={heading} /> : null}
                {section === 'trash' ? <TrashView key={journalVersion} headingRef={heading} /> : null}
                {section === 'settings' ? (
                  <SettingsView headingRef={heading} location={location} settings={settings} onSettings={screen.setSettings} />
                ) : null}
              </main>
            </div>
          </div>
        </SaveGuardContext.Provider>
      </JournalProblemsContext.Provider>
    </MainContext.Provider>
  );
}
