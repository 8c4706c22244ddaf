import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { EntryRow } from './EntryRow';

/** Asks the list to put focus on one entry's row; a new `seq` asks again. */
export interface RowFocusRequest {
  id: string;
  seq: number;
}

interface EntryListProps {
  /** The rows loaded so far, from the top. */
  entries: EntrySummary[];
  /** How many rows the list has in all; those not loaded yet are drawn as waiting. */
  total: number;
  /** Asks for the rows down to this many to be loaded (scrolling, or a key, has reached them). */
  onWant: (count: number) => void;
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** Each row's framing mark; the person can turn them off in Settings. */
  showMarks: boolean;
  focusRequest?: RowFocusRequest | null;
}

/** Rows drawn beyond the loaded ones ask for the next page this far ahead, so scrolling rarely meets a waiting row. */
const LOOK_AHEAD = 60;

/**
 * The journal's entries, virtualised so ten thousand of them scroll like ten, and
 * loaded a page at a time as scrolling reaches them. One row is in the tab order;
 * arrow keys, Home/End and Page keys move between rows (to one not loaded yet too:
 * it takes focus once it has come).
 */
export function EntryList({ entries, total, onWant, selectedId, onOpen, showMarks, focusRequest = null }: EntryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const answeredRequest = useRef(0);

  const virtualizer = useVirtualizer({
    count: Math.max(total, entries.length),
    getScrollElement: () => scroller.current,
    estimateSize: () => 104,
    overscan: 6,
    getItemKey: (index) => entries[index]?.id ?? index,
  });

  useEffect(() => {
    const index = selectedId ? entries.findIndex((entry) => entry.id === selectedId) : -1;
    if (index >= 0) setFocusIndex(index);
    else setFocusIndex((current) => Math.min(current, Math.max(0, total - 1, entries.length - 1)));
  }, [selectedId, entries, total]);

  // A row asked for from outside (the entry just brought back from the trash), once it is in the list.
  useEffect(() => {
    if (!focusRequest || focusRequest.seq === answeredRequest.current) return;
    const index = entries.findIndex((entry) => entry.id === focusRequest.id);
    if (index < 0) return;
    answeredRequest.current = focusRequest.seq;
    setFocusIndex(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const row = scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] button`);
    // A row already drawn is focused now; one still to be drawn, by the layout effect below once it is.
    if (row) row.focus({ preventScroll: true });
    else pendingFocus.current = index;
  }, [focusRequest, entries, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const lastDrawn = items.length ? items[items.length - 1]!.index : -1;
  useEffect(() => {
    if (lastDrawn + LOOK_AHEAD >= entries.length && total > entries.length) onWant(lastDrawn + 1 + LOOK_AHEAD);
  }, [lastDrawn, entries.length, total, onWant]);

  // Focus a row the keyboard moved to once the virtualiser has drawn it.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] button`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = Math.max(total, entries.length) - 1;
    if (last < 0) return;
    const page = Math.max(1, items.length - 2);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = focusIndex + 1;
        break;
      case 'ArrowUp':
        next = focusIndex - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'PageDown':
        next = focusIndex + page;
        break;
      case 'PageUp':
        next = focusIndex - page;
        break;
      default:
        return;
    }
    event.preventDefault();
    next = Math.max(0, Math.min(last, next));
    setFocusIndex(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  // If the remembered row has scrolled out of view, the first drawn row takes the tab stop.
  const tabIndex = items.some((item) => item.index === focusIndex) ? focusIndex : (items[0]?.index ?? -1);

  return (
    <div className="entry-scroller" ref={scroller}>
      <div
        role="list"
        aria-label="Entries"
        className="entry-list"
        style={{ height: `${virtualizer.getTotalSize()}px` }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const entry = entries[item.index];
          if (!entry) {
            return (
              <div
                role="listitem"
                key={item.key}
                data-index={item.index}
                aria-busy="true"
                aria-setsize={total}
                aria-posinset={item.index + 1}
                className="entry-item entry-waiting"
                style={{ transform: `translateY(${item.start}px)`, height: '104px' }}
              >
                Loading…
              </div>
            );
          }
          return (
            <div
              role="listitem"
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={Math.max(total, entries.length)}
              aria-posinset={item.index + 1}
              className="entry-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <EntryRow
                entry={entry}
                selected={entry.id === selectedId}
                tabbable={item.index === tabIndex}
                showMark={showMarks}
                onOpen={onOpen}
                onFocus={() => setFocusIndex(item.index)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
