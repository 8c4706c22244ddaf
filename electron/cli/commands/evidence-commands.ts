import { calendarDayOf } from '../../../shared/domain/calendar-day';
import { practiceGap } from '../../../shared/domain/practice';
import { LIFE_AREAS, WIN_KINDS, winDraftSchema, type Win } from '../../../shared/domain/win';
import { withJournal, type CliContext } from '../cli-context';
import { notSaved, type EntryText } from '../entry-text';
import { usageError } from '../exit-codes';

const LISTABLE = ['win', 'practice', 'step'] as const;

function firstProblem(error: { issues: { message: string }[] }, fallback: string): string {
  return error.issues[0]?.message ?? fallback;
}

/** A win from the command line: its details as options, its story from stdin, links checked like the app's. */
export async function addWinCommand(ctx: CliContext, readStory: () => Promise<EntryText>): Promise<void> {
  const { title = '', date = calendarDayOf(new Date()), tag = [], kind, area, entry = [] } = ctx.args.options;
  const details = { title, date, tags: tag, kind, area, entryIds: entry };
  // Checked before anything is read from stdin, so a typo does not swallow the story.
  const options = winDraftSchema.safeParse({ ...details, story: 'x' });
  if (!options.success) {
    throw usageError(`${firstProblem(options.error, 'Those win details cannot be used.')} Kinds: ${Object.keys(WIN_KINDS).join(', ')}. Areas: ${Object.keys(LIFE_AREAS).join(', ')}.`);
  }
  await withJournal(ctx, async ({ vault }) => {
    const story = await readStory();
    const draft = winDraftSchema.safeParse({ ...details, story: story.text.replace(/\n$/u, '') });
    if (!draft.success) throw usageError(`${firstProblem(draft.error, 'That win cannot be saved.')} ${story.ifNotSaved}`);
    let win: Win;
    try {
      win = await vault.journal().evidence.wins.save(draft.data);
    } catch (error) {
      throw notSaved(error, story.ifNotSaved);
    }
    ctx.out.done([`Kept "${win.title || 'a win'}" (${WIN_KINDS[win.kind].toLowerCase()}, ${LIFE_AREAS[win.area].toLowerCase()}) for ${win.date}.`], {
      win: { id: win.id, title: win.title, date: win.date, kind: win.kind, area: win.area, entryIds: win.entryIds },
    });
  });
}

/** `list --kind win|practice|step`: what the person keeps beside their entries, outside the trash. */
export async function listKeptCommand(ctx: CliContext, kind: string): Promise<void> {
  if (!(LISTABLE as readonly string[]).includes(kind)) throw usageError(`There is no list of "${kind}". Use --kind entry, win, practice or step.`);
  await withJournal(ctx, async ({ vault }) => {
    const { evidence } = vault.journal();
    if (kind === 'win') {
      const { wins, total } = evidence.wins.list({});
      const lines = wins.map((win) => `${win.date}  ${win.title || win.excerpt || 'A win'}  (${WIN_KINDS[win.kind].toLowerCase()}; ${LIFE_AREAS[win.area].toLowerCase()})  ${win.id}`);
      ctx.out.done(total ? lines : ['No wins yet.'], { total, wins });
    } else if (kind === 'practice') {
      const practices = evidence.practices.all();
      const lines = practices.map((practice) => {
        const outcome = practice.outcome ? `expected ${practice.expected}, really ${practice.outcome.actual} (gap ${practiceGap(practice)})` : `expected ${practice.expected}, not done yet`;
        return `${practice.date}  ${practice.attempt}  ${outcome}  ${practice.id}`;
      });
      ctx.out.done(practices.length ? lines : ['No practices yet.'], { total: practices.length, practices });
    } else {
      const { open, settled } = evidence.steps.lists();
      const words = { open: 'not yet', done: 'done', 'let-go': 'let go' } as const;
      const steps = [...open, ...settled];
      const lines = steps.map((step) => `${words[step.status].padEnd(7)}  ${step.text}  ${step.id}`);
      ctx.out.done(steps.length ? lines : ['No small steps of your own yet.'], { total: steps.length, steps });
    }
  });
}
