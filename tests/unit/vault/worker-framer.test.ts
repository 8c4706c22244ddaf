import { afterEach, describe, expect, it } from 'vitest';
import { frameEntry } from '../../../electron/vault/framing/entry-framing';
import { WorkerFramer } from '../../../electron/vault/framing/worker-framer';
import { reflectionSchema } from '../../../shared/domain/reflection';

// The framer the app, the CLI and the bench use: a worker thread running the same analyzer.

const framers: WorkerFramer[] = [];
const make = () => {
  const framer = new WorkerFramer();
  framers.push(framer);
  return framer;
};
afterEach(async () => {
  await Promise.all(framers.splice(0).map((framer) => framer.close()));
});

const page = (body: string) => ({ body, reflection: null, corrections: [] });

describe('framing in a worker thread', () => {
  it('answers exactly what the analyzer gives in this thread, for pages and reflections', async () => {
    const framer = make();
    const reflection = {
      ...page(''),
      reflection: reflectionSchema.parse({ whatHappened: 'I missed the deadline. I am useless.', learned: 'I said yes to too much.' }),
    };
    const answers = [];
    for (const input of [page('I am such a failure. The boss never listens.'), page('I forgot the form, so I rang to fix it.'), page(''), reflection]) {
      const answer = await framer.frame(input);
      expect(answer).toEqual(frameEntry(input));
      answers.push(answer && { label: answer.label, sentences: answer.sentences });
    }
    // Both sides run the same analyzer, so equality alone would pass if it framed nothing;
    // the reflection's three sentences come from its answers, its page being empty.
    expect(answers).toEqual([{ label: 'shame', sentences: 2 }, { label: 'accountability', sentences: 1 }, null, { label: 'shame', sentences: 3 }]);
  });

  it('answers many requests at once, each with its own result', async () => {
    const framer = make();
    const bodies = Array.from({ length: 30 }, (_, i) => (i % 2 ? `I am worthless, number ${i}.` : `I sent the wrong file ${i} times and fixed it.`));
    const results = await Promise.all(bodies.map((body) => framer.frame(page(body))));
    results.forEach((result, i) => expect(result).toEqual(frameEntry(page(bodies[i]!))));
    // Answers swapped between requests show only if neighbouring requests frame differently.
    expect(results.map((result) => result?.label)).toEqual(bodies.map((_, i) => (i % 2 ? 'shame' : 'accountability')));
  });

  it('is replaced after it dies, and what it had in hand fails rather than hangs', async () => {
    const framer = make();
    await framer.frame(page('warm'));
    const inHand = expect(framer.frame(page('I am a disaster.'))).rejects.toThrow(/stopped/);
    await framer.close();
    await inHand;
    expect(await framer.frame(page('I am a disaster.'))).toMatchObject({ ...frameEntry(page('I am a disaster.')), label: 'shame' });
  });
});
