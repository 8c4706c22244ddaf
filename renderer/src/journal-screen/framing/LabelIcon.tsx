import type { FramingLabel } from '../../../../shared/framing/types';
import { LABEL_SHAPES } from './shapes';

/** A label's shape, coloured by its hue; decorative, the words beside it carry the meaning. */
export function LabelIcon({ label, size = 14 }: { label: FramingLabel; size?: number }) {
  const shape = LABEL_SHAPES[label];
  return (
    <svg className={`fr-shape fr-shape-${label}`} viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
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
