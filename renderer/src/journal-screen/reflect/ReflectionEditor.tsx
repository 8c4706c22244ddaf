import { CareArea } from '../framing/CareCard';
import { FramingPanel } from '../framing/FramingPanel';
import { DateField } from '../journal/DateField';
import { EditorChrome } from '../journal/EditorChrome';
import type { EntryEditorProps } from '../journal/EntryEditor';
import { CarriedWords } from './CarriedWords';
import { ReflectionStepView } from './ReflectionStepView';
import { ReflectionSummary } from './ReflectionSummary';
import { StepButtons } from './StepButtons';
import { StepNav } from './StepNav';
import { useReflectionEditor } from './useReflectionEditor';
import { BigPictureButton } from '../timeline/BigPictureButton';
import { EntryWins } from '../wins/EntryWins';

/**
 * A guided failure reflection: eight steps, one at a time, each one skippable,
 * the person's own words carried from step to step. Saved as they go, and
 * reopened where they left it.
 */
export function ReflectionEditor(props: EntryEditorProps) {
  const editor = useReflectionEditor(props);
  const { heading, headingId, saver, reflection, step, finished } = editor;
  return (
    <div className="writing-layout with-aside">
      <article className="reflection-editor" aria-labelledby={headingId} onBlur={editor.onBlur}>
        <EditorChrome
          headingId={headingId}
          heading={props.entry ? 'Reflection' : 'New reflection'}
          saveState={editor.saveState}
          onRetry={() => void saver.flush()}
          trashing={editor.trashing}
          onMoveToTrash={() => void editor.moveToTrash()}
          actionError={editor.actionError}
          titleInput={editor.titleInput}
          title={heading.title}
          titlePlaceholder="Untitled reflection"
          onTitle={heading.changeTitle}
          above={<CareArea show={editor.care.show} dismissKey={saver.id ?? headingId} onDismiss={editor.care.hide} />}
          tools={props.entry ? <BigPictureButton entryId={props.entry.id} date={heading.date} /> : null}
        />
        <DateField headingId={headingId} className="field date-field reflection-date" date={heading.date} onDate={heading.changeDate} onLeave={heading.restoreDate} />

        <StepNav reflection={reflection} step={step} finished={finished} onGoTo={editor.goTo} />
        <EntryWins entryId={saver.id} />

        {finished ? (
          <ReflectionSummary reflection={reflection} headingRef={editor.stepHeading} onEdit={editor.goTo} />
        ) : (
          <ReflectionStepView
            key={step}
            step={step}
            reflection={reflection}
            entryId={saver.id}
            date={heading.date}
            headingRef={editor.stepHeading}
            body={editor.body}
            onChange={editor.change}
            onWhatHappened={editor.changeWhatHappened}
            onCaret={editor.framed.setCaret}
          />
        )}

        {finished ? null : <StepButtons step={step} onGoTo={editor.goTo} onFinish={editor.finish} />}
      </article>

      <div className="writing-aside">
        {/* The summary holds every answer itself, so the words so far would only say it twice. */}
        {finished ? null : step === 'what-happened' ? (
          <FramingPanel framed={editor.framed} corrections={editor.corrections} textName="what you wrote" />
        ) : (
          <CarriedWords reflection={reflection} step={step} onEdit={() => editor.goTo('what-happened')} />
        )}
      </div>
    </div>
  );
}
