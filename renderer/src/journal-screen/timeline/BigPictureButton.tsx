import { useMain } from '../MainContext';
import { openedFromTimeline } from './timelinePlace';

/**
 * On an entry's page: back to the same place on the timeline when it was opened
 * from there, else the timeline around the entry's day ("See the big picture").
 */
export function BigPictureButton({ entryId, date }: { entryId: string; date: string }) {
  const main = useMain();
  const back = openedFromTimeline(entryId);
  return (
    <button type="button" className="button quiet" onClick={() => main.openTimeline(back ? null : date)}>
      {back ? 'Back to the timeline' : 'See the big picture'}
    </button>
  );
}
