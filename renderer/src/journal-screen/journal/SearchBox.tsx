import { useId, type Ref } from 'react';
import { SearchIcon } from '../../components/Icons';
import { shortcutLabel } from '../../lib/platform';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onChange, ref }: SearchBoxProps) {
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={id} className="visually-hidden">
        Search entries
      </label>
      <SearchIcon />
      <input
        id={id}
        ref={ref}
        type="search"
        value={value}
        placeholder="Search entries"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        title={`Search entries (${shortcutLabel('f')})`}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}
