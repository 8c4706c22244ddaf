interface TagFilterProps {
  tags: { name: string; count: number }[];
  selected: string[];
  onToggle: (tag: string) => void;
}

/** Tags across the journal, as toggles that narrow the list. */
export function TagFilter({ tags, selected, onToggle }: TagFilterProps) {
  if (tags.length === 0) return null;
  const isOn = (name: string) => selected.some((tag) => tag.toLowerCase() === name.toLowerCase());
  return (
    <div className="tag-filter" role="group" aria-label="Filter by tag">
      {tags.map((tag) => (
        <button key={tag.name} type="button" className="chip toggle" aria-pressed={isOn(tag.name)} onClick={() => onToggle(tag.name)}>
          {tag.name}
          <span className="chip-count" aria-hidden="true">
            {tag.count}
          </span>
          <span className="visually-hidden">, {tag.count === 1 ? '1 entry' : `${tag.count} entries`}</span>
        </button>
      ))}
    </div>
  );
}
