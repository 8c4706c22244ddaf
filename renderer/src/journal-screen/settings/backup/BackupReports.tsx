import type { BackupReport, TestRestoreResult } from '../../../../../shared/domain/backup';
import { formatDay } from '../../../lib/dates';
import { formatMoment, plural } from './numbersAndDates';

/** "All 12 entries and 3 other items are intact.", with the ones and noughts said naturally. */
function intact(entries: number, records: number): string {
  const others = Math.max(0, records - entries);
  const entryPart = entries === 0 ? null : entries === 1 ? 'The 1 entry' : `All ${plural(entries, 'entry', 'entries')}`;
  const otherPart = others === 0 ? null : plural(others, 'other item');
  if (entryPart && otherPart) return `${entryPart} and ${otherPart} are intact.`;
  if (entryPart) return `${entryPart} ${entries === 1 ? 'is' : 'are'} intact.`;
  if (otherPart) return `It holds no entries; ${others === 1 ? 'the 1 other item is' : `all ${otherPart} are`} intact.`;
  return 'It is intact, and holds no entries yet.';
}

/** What checking a backup found: that it is whole, when it was made and what dates its entries span. */
export function CheckReport({ report }: { report: BackupReport }) {
  return (
    <div className="backup-result ok">
      <p>
        {intact(report.entries, report.records)}
        {report.createdAt ? ` Made on ${formatMoment(report.createdAt)}` : ' Made on an unknown date'}, format version{' '}
        {report.formatVersion}.
      </p>
      {report.dateRange ? (
        <p className="quiet-note">
          {report.dateRange.first === report.dateRange.last
            ? `${report.entries === 1 ? 'The entry is' : 'Its entries are'} from ${formatDay(report.dateRange.first)}.`
            : `Its entries are from ${formatDay(report.dateRange.first)} to ${formatDay(report.dateRange.last)}.`}
        </p>
      ) : null}
    </div>
  );
}

/** Whether a restore from the backup would work, from a restore into a scratch folder. */
export function TestReport({ result }: { result: TestRestoreResult }) {
  if (result.wouldSucceed) {
    return (
      <div className="backup-result ok">
        <p>{result.message}</p>
        <p className="quiet-note">The test copy has been removed again. Nothing of yours was changed.</p>
      </div>
    );
  }
  return (
    <div className="backup-result problem">
      <p>
        <strong>A restore from this file would not work.</strong> {result.problem?.message ?? result.message}
      </p>
    </div>
  );
}
