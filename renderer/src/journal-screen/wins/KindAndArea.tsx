import { useId } from 'react';
import { LIFE_AREA_IDS, LIFE_AREAS, WIN_KIND_IDS, WIN_KINDS, type LifeArea, type WinKind } from '../../../../shared/domain/win';

interface KindAndAreaProps {
  kind: WinKind;
  area: LifeArea;
  onKind: (kind: WinKind) => void;
  onArea: (area: LifeArea) => void;
}

/** What sort of win it was (one of the app's kinds, as radio buttons) and the part of life it belongs to. */
export function KindAndArea({ kind, area, onKind, onArea }: KindAndAreaProps) {
  const id = useId();
  return (
    <div className="kind-and-area">
      <fieldset className="choice-group kind-choices">
        <legend>What kind of win was it?</legend>
        {WIN_KIND_IDS.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={`${id}-kind`} value={option} checked={kind === option} onChange={() => onKind(option)} />
            <span>{WIN_KINDS[option]}</span>
          </label>
        ))}
      </fieldset>
      <div className="field area-field">
        <label htmlFor={`${id}-area`}>Part of life</label>
        <select id={`${id}-area`} value={area} onChange={(event) => onArea(event.target.value as LifeArea)}>
          {LIFE_AREA_IDS.map((option) => (
            <option key={option} value={option}>
              {LIFE_AREAS[option]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
