import type { timelineContract } from '../../shared/api/timeline-contract';
import { dayRecords, calendarMonth, onThisDay } from '../../shared/timeline/looking-back';
import { findPatterns } from '../../shared/timeline/patterns';
import { summarisePeriod } from '../../shared/timeline/period-summary';
import { TimelineRangeError, timelineView } from '../../shared/timeline/view';
import { VaultError } from '../vault/errors';
import type { Journal } from '../vault/journal';
import type { Vault } from '../vault/vault';
import type { ApiHandlers } from './dispatcher';

type TimelineMethod = keyof typeof timelineContract;

function indexOf(journal: Journal) {
  return journal.evidence.timeline.index(journal.allEntries());
}

/** Wires the timeline's questions to the index over the journal, and named periods to their records. */
export function createTimelineHandlers(vault: Vault): Pick<ApiHandlers, TimelineMethod> {
  const journal = () => vault.journal();
  const index = () => indexOf(journal());
  return {
    'timeline.extent': async () => ({ extent: index().extent() }),
    'timeline.view': async (request) => {
      try {
        return timelineView(index(), request);
      } catch (error) {
        if (error instanceof TimelineRangeError) throw new VaultError('INVALID_REQUEST', error.message);
        throw error;
      }
    },
    'timeline.summary': async (span) => summarisePeriod(index(), span),
    'timeline.periods': async () => {
      const current = index();
      return { periods: journal().evidence.periods.all().map((period) => ({ period, summary: summarisePeriod(current, period) })) };
    },
    'timeline.savePeriod': (draft) => journal().evidence.periods.save(draft),
    'timeline.deletePeriod': async ({ id }) => {
      await journal().evidence.periods.delete(id);
      return null;
    },
    'timeline.patterns': async (span) => ({ patterns: findPatterns(index(), span) }),
    'timeline.onThisDay': async ({ date }) => onThisDay(index(), date, new Set(journal().getSettings().onThisDayLeftOut)),
    'timeline.leaveOut': async ({ id, leftOut }) => {
      const current = journal();
      if (leftOut && !current.findEntry(id)) throw new VaultError('NOT_FOUND', 'That entry no longer exists.');
      const others = current.getSettings().onThisDayLeftOut.filter((other) => other !== id);
      await current.updateSettings({ onThisDayLeftOut: leftOut ? [...others, id] : others });
      return null;
    },
    'timeline.calendar': async ({ month }) => ({ days: calendarMonth(index(), month) }),
    'timeline.day': async ({ date }) => dayRecords(index(), date),
  };
}
