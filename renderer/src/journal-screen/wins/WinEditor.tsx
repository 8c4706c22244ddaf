import { useEffect, useId, useRef, useState } from 'react';
import type { LinkedEntry } from '../../../../shared/api/evidence-contract';
import { WIN_LIMITS, type LifeArea, type Win, type WinKind } from '../../../../shared/domain/win';
import { BodyEditor, type BodyHandle } from '../journal/BodyEditor';
import { DateField } from '../journal/DateField';
import { EditorChrome } from '../journal/EditorChrome';
import { TagInput } from '../journal/TagInput';
import { KindAndArea } from './KindAndArea';
import { LinkedEntries } from './LinkedEntries';
import { useWinAutosave } from './useWinAutosave';
import type { WinFields } from './winWords';

export interface WinEditorProps {
  /** The win to edit, or null for a new one starting from `start`. */
  win: Win | null;
  start: WinFields;
  /** The linked entries as the vault describes them (titles, days, whether in the trash). */
  linked: LinkedEntry[];
  onSaved: (win: Win) => void;
  onTrashed: (id: string) => void;
  onDiscarded: () => void;
  /** Lets the screen save this editor before it closes it. */
  onFlush: (flush: (() => Promise<boolean>) | null) => void;
}

/** One win: its day, title, story (in the entries' own editor), kind, part of life, tags and the entries it grew out of. */
export function WinEditor({ win, start, linked, onSaved, onTrashed, onDiscarded, onFlush }: WinEditorProps) {
  const headingId = useId();
  const [title, setTitle] = useState(start.title);
  const [date, setDate] = useState(start.date);
  const [kind, setKind] = useState<WinKind>(start.kind);
  const [area, setArea] = useState<LifeArea>(start.area);
  const [tags, setTags] = useState(start.tags);
  const [entryIds, setEntryIds] = useState(start.entryIds);
  const [entries, setEntries] = useState(linked);
  const titleInput = useRef<HTMLTextAreaElement>(null);
  const body = useRef<BodyHandle | null>(null);
  // What a save reads: every change lands here at once, before React re-renders.
  const fields = useRef<WinFields>({ ...start });
  const lastGoodDate = useRef(start.date);

  const { saver, saveState, actionError, trashing, flush, onBlur, moveToTrash } = useWinAutosave({
    win,
    read: () => ({ ...fields.current, date: fields.current.date || lastGoodDate.current, story: body.current?.getText() ?? fields.current.story }),
    onSaved,
    onTrashed,
    onDiscarded,
  });

  useEffect(() => {
    onFlush(flush);
    return () => onFlush(null);
  }, [flush, onFlush]);

  useEffect(() => {
    titleInput.current?.focus();
    // Words carried from a reflection, a step or a practice were recorded on purpose: keep them at once.
    if (!win && (start.story.trim() || start.title.trim())) saver.changed();
    // Only on opening: `win` and `start` are fixed for this editor (it is keyed by them).
  }, []);

  // The prefilled entries' names arrive after the editor opens; any linked since are kept.
  useEffect(() => setEntries((known) => [...linked, ...known.filter((own) => !linked.some((entry) => entry.id === own.id))]), [linked]);

  function change<K extends keyof WinFields>(key: K, value: WinFields[K]) {
    fields.current[key] = value;
    saver.changed();
  }

  return (
    <article className="entry-editor win-editor" aria-labelledby={headingId} onBlur={onBlur}>
      <EditorChrome
        headingId={headingId}
        heading={win ? 'Edit win' : 'New win'}
        saveState={saveState}
        onRetry={() => void saver.flush()}
        trashing={trashing}
        onMoveToTrash={() => void moveToTrash()}
        actionError={actionError}
        titleInput={titleInput}
        title={title}
        titlePlaceholder="A few words to find it by"
        titleMaxLength={WIN_LIMITS.titleChars}
        onTitle={(value) => {
          setTitle(value);
          change('title', value);
        }}
        onTitleEnter={() => body.current?.focus()}
      />
      <div className="meta-row">
        <DateField
          headingId={headingId}
          className="field date-field"
          date={date}
          onDate={(value) => {
            setDate(value);
            if (value) lastGoodDate.current = value;
            change('date', value);
          }}
          onLeave={() => {
            if (!fields.current.date) {
              setDate(lastGoodDate.current);
              change('date', lastGoodDate.current);
            }
          }}
        />
        <TagInput
          tags={tags}
          onChange={(value) => {
            setTags(value);
            change('tags', value);
          }}
        />
      </div>
      <BodyEditor
        initial={start.story}
        label="The story of this win"
        placeholder="What happened, and what did it show you about yourself?"
        onChange={() => saver.changed()}
        handle={body}
      />
      <KindAndArea
        kind={kind}
        area={area}
        onKind={(value) => {
          setKind(value);
          change('kind', value);
        }}
        onArea={(value) => {
          setArea(value);
          change('area', value);
        }}
      />
      <LinkedEntries
        entryIds={entryIds}
        entries={entries}
        onLink={(entry) => {
          const next = [...fields.current.entryIds.filter((id) => id !== entry.id), entry.id];
          setEntryIds(next);
          setEntries((known) => [...known.filter((own) => own.id !== entry.id), entry]);
          change('entryIds', next);
        }}
        onUnlink={(id) => {
          const next = fields.current.entryIds.filter((own) => own !== id);
          setEntryIds(next);
          change('entryIds', next);
        }}
      />
    </article>
  );
}
