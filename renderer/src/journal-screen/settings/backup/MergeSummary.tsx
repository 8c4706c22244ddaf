import type { MergeItem, MergeSummary } from '../../../../../shared/domain/backup';
import { formatDay } from '../../../lib/dates';
import { plural } from './numbersAndDates';

function itemLabel(item: MergeItem): string {
  if (item.kind === 'entry') {
    const title = item.title?.trim() || 'Untitled entry';
    return item.date ? `${title} (${formatDay(item.date)})` : title;
  }
  if (item.kind === 'settings') return 'Your settings';
  if (item.kind === 'earlier-version') return 'An earlier version of an entry';
  return 'Something other than an entry';
}

function ItemList({ title, items }: { title: string; items: MergeItem[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h5>{title}</h5>
      <ul className="plain-list merge-items">
        {items.map((item) => (
          <li key={`${item.kind}/${item.id}`}>{itemLabel(item)}</li>
        ))}
      </ul>
    </>
  );
}

function Counts({ summary, done }: { summary: MergeSummary; done: boolean }) {
  const rows: [string, number][] = [
    [done ? 'Added from the backup' : 'Would be added from the backup', summary.added],
    [done ? "Updated, as the backup's copy was newer" : "Would be updated, as the backup's copy is newer", summary.updated],
    [done ? "Kept as they were, as this journal's copy was newer" : "Stay as they are, as this journal's copy is newer", summary.keptNewer],
  ];
  if (summary.unchanged > 0) rows.push(['The same in both', summary.unchanged]);
  if (summary.repaired > 0) {
    rows.push([done ? "Replaced, as this journal's copy couldn't be read" : "Would replace a copy here that can't be read", summary.repaired]);
  }
  return (
    <dl className="merge-counts">
      {rows.map(([label, count]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{count.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

interface MergePreviewProps {
  summary: MergeSummary;
  busy: boolean;
  onMerge: () => void;
  onCancel: () => void;
}

/** What a merge would do, before anything is written, with the one button that writes it. */
export function MergePreview({ summary, busy, onMerge, onCancel }: MergePreviewProps) {
  const changes = summary.added + summary.updated + summary.keptNewer + summary.repaired;
  if (changes === 0) {
    return (
      <div className="backup-confirm">
        <h4>Nothing to merge</h4>
        <p>This journal already has everything in this backup, exactly as it is there. Nothing was changed.</p>
        <div className="actions">
          <button type="button" className="button" onClick={onCancel}>
            Close
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="backup-confirm" role="group" aria-label="What merging would do">
      <h4>What merging would do</h4>
      <Counts summary={summary} done={false} />
      <p>
        Nothing is removed. Where the backup and this journal hold different copies of something, the newer copy is kept as
        the current one and the other is saved beside it as an earlier version.
      </p>
      {summary.items.added.length + summary.items.updated.length + summary.items.keptNewer.length > 0 ? (
        <details className="merge-details">
          <summary>Show what would change</summary>
          <ItemList title="Added" items={summary.items.added} />
          <ItemList title="Updated" items={summary.items.updated} />
          <ItemList title="Staying as they are here" items={summary.items.keptNewer} />
          {summary.moreItems > 0 ? <p className="quiet-note">And {plural(summary.moreItems, 'more item')}.</p> : null}
        </details>
      ) : null}
      <p className="quiet-note">Nothing has been written yet.</p>
      <div className="actions">
        <button type="button" className="button primary" disabled={busy} onClick={onMerge}>
          Merge into this journal
        </button>
        <button type="button" className="button quiet" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function MergeDone({ summary }: { summary: MergeSummary }) {
  return (
    <div className="backup-result ok">
      <p>The backup is merged into this journal.</p>
      <Counts summary={summary} done />
      {summary.earlierVersionsKept > 0 ? (
        <p className="quiet-note">{plural(summary.earlierVersionsKept, 'earlier version')} kept, so nothing anyone wrote was lost.</p>
      ) : null}
    </div>
  );
}
