import type { ReactNode } from 'react';
import { JournalIcon, PracticeIcon, ReflectIcon, SettingsIcon, StepsIcon, TimelineIcon, TrashIcon, WinsIcon } from '../components/Icons';

export type Section = 'journal' | 'reflect' | 'wins' | 'steps' | 'practice' | 'timeline' | 'trash' | 'settings';

const SECTIONS: { id: Section; label: string; icon: ReactNode }[] = [
  { id: 'journal', label: 'Journal', icon: <JournalIcon /> },
  { id: 'reflect', label: 'Reflect', icon: <ReflectIcon /> },
  { id: 'wins', label: 'Wins', icon: <WinsIcon /> },
  { id: 'steps', label: 'Small steps', icon: <StepsIcon /> },
  { id: 'practice', label: 'Practice', icon: <PracticeIcon /> },
  { id: 'timeline', label: 'Timeline', icon: <TimelineIcon /> },
  { id: 'trash', label: 'Trash', icon: <TrashIcon /> },
  { id: 'settings', label: 'Settings', icon: <SettingsIcon /> },
];

export function Sidebar({ current, onGo }: { current: Section; onGo: (section: Section) => void }) {
  return (
    <nav className="sidebar" aria-label="Sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="nav-button"
              aria-current={section.id === current ? 'page' : undefined}
              onClick={() => onGo(section.id)}
            >
              {section.icon}
              {section.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
