import { useState } from 'react';
import type { FramingSpan } from '../../../../shared/framing/types';
import { isCareDismissed } from './CareCard';

/** Whether the care card shows beside an entry: when its words speak of harm, until dismissed for that entry. */
export function useCareCard(entryId: string | null, savedId: string | null, care: readonly FramingSpan[] | undefined) {
  const [hidden, setHidden] = useState(() => (entryId ? isCareDismissed(entryId) : false));
  const show = (care?.length ?? 0) > 0 && !hidden && !(savedId && isCareDismissed(savedId));
  return { show, hide: () => setHidden(true) };
}
