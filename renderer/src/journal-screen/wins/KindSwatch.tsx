import { useId } from 'react';
import type { WinKind } from '../../../../shared/domain/win';
import { KIND_LOOKS, patternMarks, TILE } from './kindLooks';
import { useColourScheme } from './useColourScheme';

/** A small sample of a kind's bar, pattern and all, for the legend; the words beside it carry the meaning. */
export function KindSwatch({ kind }: { kind: WinKind }) {
  const id = useId();
  const scheme = useColourScheme();
  const look = KIND_LOOKS[kind];
  const colour = look[scheme];
  const marks = patternMarks(look.pattern);
  const solid = look.pattern === 'solid';
  return (
    <svg className="kind-swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      {solid ? null : (
        <defs>
          <pattern id={`${id}-p`} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
            {marks.lines.map(([x1, y1, x2, y2], index) => (
              <line key={`l${index}`} x1={x1} y1={y1} x2={x2} y2={y2} stroke={colour} strokeWidth="1.5" />
            ))}
            {marks.dots.map(([cx, cy, r], index) => (
              <circle key={`d${index}`} cx={cx} cy={cy} r={r} fill={colour} />
            ))}
          </pattern>
        </defs>
      )}
      <rect x="0.75" y="0.75" width="26.5" height="14.5" fill={colour} fillOpacity={solid ? 1 : 0.22} />
      <rect x="0.75" y="0.75" width="26.5" height="14.5" fill={solid ? colour : `url(#${id}-p)`} stroke={colour} strokeWidth="1.5" />
    </svg>
  );
}
