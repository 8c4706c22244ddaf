import { useState, type RefObject } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { everyRow } from '../../../../shared/api/paging';
import { bounce } from '../../api';
import { useLoaded } from '../../lib/useLoaded';
import { useRowFocus } from '../steps/useRowFocus';
import { TrashRow, type TrashItem } from './TrashRow';
import { FormError } from '../../components/FormError';
import '../../styles/wins.css';

type KeptKind = 'win' | 'step' | 'practice';

/** What each kind beside entries is called, and where it goes back to. */
const KEPT: Record<KeptKind, { word: string; noun: string; backTo: string }> = {
  win: { word: 'Win', noun: 'win', backTo: 'among your wins' },
  step: { word: 'Small step', noun: 'small step', backTo: 'in your small steps' },
  practice: { word: 'Practice', noun: 'practice', backTo: 'in your practice' },
};

interface Row {
  item: TrashItem;
  backTo: string;
}

function entryRow(entry: EntrySummary): Row {
  const reflection = entry.kind === 'reflection';
  return {
    backTo: 'in your journal',
    item: {
      key: `entry-${entry.id}`,
      kindWord: reflection ? 'Reflection' : 'Entry',
      noun: reflection ? 'reflection' : 'entry',
      title: entry.title,
      date: entry.date,
      excerpt: entry.excerpt,
      deletedAt: entry.deletedAt,
      restore: () => bounce().entries.restore({ id: entry.id }),
      purge: () => bounce().entries.purge({ id: entry.id }),
    },
  };
}

/** Everything in the trash, most recently moved there first. */
async function readTrash(): Promise<Row[]> {
  // The trash holds at most a month of deletions and is shown whole, page after page.
  const [entries, kept] = await Promise.all([everyRow((request) => bounce().entries.list(request), { trash: true }), bounce().trash.list({})]);
  const rows = [
    ...entries.map(entryRow),
    ...kept.items.map((kept): Row => {
      const { word, noun, backTo } = KEPT[kept.kind];
      return {
        backTo,
        item: {
          key: `${kept.kind}-${kept.id}`,
          kindWord: word,
          noun,
          title: kept.title,
          date: kept.date,
          deletedAt: kept.deletedAt,
          restore: () => bounce().trash.restore({ kind: kept.kind, id: kept.id }),
          purge: () => bounce().trash.purge({ kind: kept.kind, id: kept.id }),
        },
      };
    }),
  ];
  return rows.sort((a, b) => (b.item.deletedAt ?? '').localeCompare(a.item.deletedAt ?? ''));
}

export function TrashView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { value: rows, setValue: setRows, error } = useLoaded(readTrash);
  const [notice, setNotice] = useState('');
  // Restore and Delete forever take their row away: focus goes on to the next row, or the heading.
  const { rowRef, leaving } = useRowFocus(headingRef);

  function gone(key: string, text: string) {
    if (rows) leaving(rows.map((row) => row.item.key), key);
    setRows((current) => current?.filter((row) => row.item.key !== key) ?? null);
    setNotice(text);
  }

  return (
    <section className="page-view trash-view">
      <h1 id="trash-heading" ref={headingRef} tabIndex={-1}>
        Trash
      </h1>
      <p className="lead">
        Entries, wins, small steps and practices you move here stay for 30 days, then they are deleted for good.
        Until then you can restore them.
      </p>
      <div className="notice-area" aria-live="polite">
        {notice ? <p className="quiet-note">{notice}</p> : null}
      </div>
      <FormError message={error} />
      {rows && rows.length === 0 ? <p className="empty-title">The trash is empty.</p> : null}
      {rows && rows.length > 0 ? (
        <ul className="trash-list" aria-label="In the trash">
          {rows.map(({ item, backTo }) => {
            const name = item.title || 'Untitled';
            return (
              <TrashRow
                key={item.key}
                item={item}
                rowRef={rowRef(item.key)}
                onRestored={() => gone(item.key, `“${name}” is back ${backTo}.`)}
                onPurged={() => gone(item.key, `“${name}” was deleted for good.`)}
              />
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
