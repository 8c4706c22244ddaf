import { useEffect, useState } from 'react';
import { progressWords, type WorkProgress } from '../../../shared/domain/work-progress';
import { bounce } from '../api';
import '../styles/work-progress.css';

/**
 * Right after unlocking a large journal the list is there, and full-text search
 * is still being built behind it: a quiet bar says how far (searches meanwhile
 * find the rest by title and tags). Gone once every entry is searchable.
 */
export function OpeningProgress() {
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  useEffect(() => bounce().on.progress((next) => next.kind === 'unlock' && setProgress(next.done < next.total ? next : null)), []);
  if (!progress) return null;
  return (
    <p className="opening-progress">
      <span>{progressWords(progress)}</span>
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Getting search ready" />
    </p>
  );
}
