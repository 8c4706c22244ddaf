import type { WinSummary } from '../../../../shared/domain/win';
import { WinRow } from './WinRow';

/** Wins as a plain list, every row a button in the tab order. */
export function WinList({ wins, labelledBy, onOpen, marked }: { wins: WinSummary[]; labelledBy: string; onOpen: (id: string) => void; marked?: boolean }) {
  if (wins.length === 0) return null;
  return (
    <ul className="win-list" aria-labelledby={labelledBy}>
      {wins.map((win) => (
        <li key={win.id}>
          <WinRow win={win} onOpen={onOpen} marked={marked ?? false} />
        </li>
      ))}
    </ul>
  );
}
