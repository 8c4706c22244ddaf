import { useId } from 'react';
import type { WinSummary } from '../../../../shared/domain/win';
import { useMain } from '../MainContext';
import { WinList } from './WinList';
import '../../styles/wins.css';

/** Wins the journal's search found, in a group of their own, each row saying "Win" and opening in the vault. */
export function SearchWins({ wins }: { wins: WinSummary[] }) {
  const id = useId();
  const { openWin } = useMain();
  if (wins.length === 0) return null;
  return (
    <section className="search-wins" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Wins</h2>
      <WinList wins={wins} labelledBy={`${id}-heading`} onOpen={openWin} marked />
    </section>
  );
}
