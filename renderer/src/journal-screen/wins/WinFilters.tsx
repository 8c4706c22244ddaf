import { useId } from 'react';
import { LIFE_AREA_IDS, LIFE_AREAS, WIN_KIND_IDS, WIN_KINDS, type LifeArea, type WinKind } from '../../../../shared/domain/win';
import { SearchIcon } from '../../components/Icons';

export interface WinFilter {
  query: string;
  kind: WinKind | '';
  area: LifeArea | '';
  year: number | null;
}

export const NO_FILTER: WinFilter = { query: '', kind: '', area: '', year: null };

interface WinFiltersProps {
  filter: WinFilter;
  years: number[];
  onChange: (filter: WinFilter) => void;
}

/** Words to look for, and the kind, part of life and year to browse by; each a labelled control. */
export function WinFilters({ filter, years, onChange }: WinFiltersProps) {
  const id = useId();
  const set = (change: Partial<WinFilter>) => onChange({ ...filter, ...change });
  // A chosen year stays in the list even once its last win has gone, so the control never shows a blank.
  const choices = filter.year !== null && !years.includes(filter.year) ? [...years, filter.year].sort((a, b) => a - b) : years;
  return (
    <div className="win-filters" role="group" aria-label="Browse your wins">
      <div className="field win-search">
        <label htmlFor={`${id}-query`}>Search wins</label>
        <div className="search-box">
          <SearchIcon />
          <input
            id={`${id}-query`}
            type="search"
            value={filter.query}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => set({ query: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && filter.query) {
                event.preventDefault();
                set({ query: '' });
              }
            }}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={filter.kind} onChange={(event) => set({ kind: event.target.value as WinKind | '' })}>
          <option value="">Every kind</option>
          {WIN_KIND_IDS.map((kind) => (
            <option key={kind} value={kind}>
              {WIN_KINDS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-area`}>Part of life</label>
        <select id={`${id}-area`} value={filter.area} onChange={(event) => set({ area: event.target.value as LifeArea | '' })}>
          <option value="">Every part of life</option>
          {LIFE_AREA_IDS.map((area) => (
            <option key={area} value={area}>
              {LIFE_AREAS[area]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>Year</label>
        <select id={`${id}-year`} value={filter.year ?? ''} onChange={(event) => set({ year: event.target.value ? Number(event.target.value) : null })}>
          <option value="">Every year</option>
          {[...choices].reverse().map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
