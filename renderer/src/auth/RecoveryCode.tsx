import { recoveryCodeGroups } from '../../../shared/domain/recovery-code';

/**
 * The code in large monospace, two rows of four groups. Its text is exactly the
 * code (groups joined by dashes); the small group numbers are drawn by CSS only.
 */
export function RecoveryCode({ code, testId }: { code: string; testId?: string }) {
  const groups = recoveryCodeGroups(code);
  const rows = [groups.slice(0, 4), groups.slice(4)].filter((row) => row.length > 0);
  return (
    <p className="recovery-code" data-testid={testId}>
      {rows.map((row, r) => (
        <span className="recovery-row" key={r}>
          {r > 0 ? <span className="recovery-sep row-sep">-</span> : null}
          {row.map((group, i) => (
            <span key={i} className="recovery-chunk">
              {i > 0 ? <span className="recovery-sep">-</span> : null}
              <span className="recovery-group" data-n={r * 4 + i + 1}>
                {group}
              </span>
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}
