import { useId } from 'react';
import { FormError } from '../../components/FormError';
import { EmptyVault } from './EmptyVault';
import { RememberCard } from './RememberCard';
import { WinFilters } from './WinFilters';
import { WinList } from './WinList';
import { WinsChartPanel } from './WinsChartPanel';
import type { useWinsBrowse } from './useWinsBrowse';

interface WinsOverviewProps {
  browse: ReturnType<typeof useWinsBrowse>;
  onOpen: (id: string) => void;
  onRecord: () => void;
}

/** The vault for looking back over: one win brought back, the wins to browse, and the years at a glance. */
export function WinsOverview({ browse, onOpen, onRecord }: WinsOverviewProps) {
  const id = useId();
  const { overview, wins } = browse;
  if (browse.empty) return <EmptyVault onRecord={onRecord} />;
  if (!overview) return <FormError message={browse.error} />;
  return (
    <div className="wins-overview">
      <div className="wins-main">
        <RememberCard total={overview.total} onOpen={onOpen} />
        <section className="wins-browse" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`}>Your wins</h2>
          <WinFilters filter={browse.filter} years={overview.years.map((year) => year.year)} onChange={browse.setFilter} />
          <p className="list-count" aria-live="polite">
            {browse.matchText}
          </p>
          <FormError message={browse.error} />
          {wins ? <WinList wins={wins} labelledBy={`${id}-heading`} onOpen={onOpen} /> : null}
        </section>
      </div>
      <aside className="wins-aside" aria-label="Your wins over the years">
        <WinsChartPanel years={overview.years} />
      </aside>
    </div>
  );
}
