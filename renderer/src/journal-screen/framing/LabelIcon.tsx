import type { FramingLabel } from '../../../../shared/framing/types';
import { MARK_SHAPES, type MarkKind } from './shapes';

/** A mark's shape, coloured by its hue; decorative, the words beside it carry the meaning. */
export function MarkIcon({ kind, size = 14 }: { kind: MarkKind; size?: number }) {
  const shape = MARK_SHAPES[kind];
  return (
    <svg className={`fr-shape fr-shape-${kind}`} viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      <path
        d={shape.d}
        fill={shape.filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={shape.filled ? 1 : 2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** One sentence's label mark. */
export function LabelIcon({ label, size = 14 }: { label: FramingLabel; size?: number }) {
  return <MarkIcon kind={label} size={size} />;
}
