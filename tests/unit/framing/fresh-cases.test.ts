import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText, type FramingLabel } from '../../../shared/framing/index';

/**
 * A generalisation check: passages written for this test in the guide's
 * spirit, after the rules existed, without paraphrasing dev.jsonl. On its first
 * (cold) run the analyzer got 27 of these 40 right (67.5%, macro-F1 0.685):
 * that is the honest estimate of how it does on unseen writing. One round of
 * general fixes prompted by the misses followed (new lexicon words, "who" no
 * longer read as someone else, broader "something is broken in me"); the
 * thresholds below guard that state, they are not an unbiased score.
 *
 * fixtures/fresh-earlier.jsonl holds five earlier sets of the same kind
 * (A-E, 360 passages) that were tuned against in the same way. Their cold
 * accuracies were 65%, 60%, 74%, 66% and 67.5%.
 */
const FRESH: readonly [FramingLabel, string][] = [
  ["shame", "Didn't finish the half marathon. My body is as useless as the rest of me."],
  ["shame", "I'm a thirty-two-year-old child who can't manage money."],
  ["shame", "Burned out again after two weeks at the new job. Something is seriously broken in me."],
  ["shame", "My friends all have their lives together. I'm the one everyone feels sorry for."],
  ["shame", "Got caught lying to my boss. I'm a liar, that's all I've ever been."],
  ["shame", "Failed the interview. I'm too stupid for this industry and everyone there could see it."],
  ["shame", "I don't deserve a second chance after what I did to my family."],
  ["shame", "Another breakup. I'm impossible to love and I know it."],
  ["shame", "My piano teacher sighed during my lesson. I'm clearly hopeless at music and always will be."],
  ["shame", "I can't look my kids in the eye after losing the house. What kind of father does that?"],
  ["accountability", "I took on the extra shifts without checking my exam schedule. Emailed my manager to swap two of them."],
  ["accountability", "Missed my sister's call three times this week because I kept putting it off. Calling her on my lunch break tomorrow."],
  ["accountability", "I wasn't paying attention and backed into a post. Paying for the repair myself and slowing down in car parks."],
  ["accountability", "I got sloppy with my diabetes checks and ended up in A&E. Alarms on my phone for every reading from now on."],
  ["accountability", "My reference letter was weak because I never told my professor what I was applying for. I've sent her a summary this time."],
  ["accountability", "I let the house get messy until we fought about it. I've made a chore chart with my partner."],
  ["accountability", "I'm not a lazy student, I just stopped going to the lectures. Back in the front row on Monday."],
  ["accountability", "I told a friend's secret at dinner. That was wrong of me, and I apologised to her this morning."],
  ["accountability", "The bakery failed partly because rents went up, but I also never priced my cakes properly. If I try again, I'll cost everything first."],
  ["accountability", "I overdrew the joint account buying gifts. Told my wife and we're sitting down with a budget tonight."],
  ["blame", "My coworker took credit for my report in front of the VP. Snake."],
  ["blame", "We lost the deposit because the landlord is a crook who invents damage."],
  ["blame", "If my parents had let me take the scholarship, I'd be a doctor now."],
  ["blame", "The trainer clearly favours the younger players. That's the only reason I'm on the bench."],
  ["blame", "The whole school system failed my son. Not one teacher lifted a finger."],
  ["blame", "My ex hid money during the divorce and the judge let her get away with it. Unreal."],
  ["blame", "The interviewer was rude from the start and obviously didn't want to hire a woman."],
  ["blame", "My publisher dropped me because they only care about influencers now. I did my part."],
  ["blame", "I missed the train because the app showed the wrong time. Useless company."],
  ["blame", "My brother borrowed my car and returned it with a dent. Now he's saying it was already there."],
  ["neutral", "The letter said the scholarship went to another applicant."],
  ["neutral", "Handed back my badge and laptop at 5pm. The building was quiet."],
  ["neutral", "My dad called me a failure when I left university. We haven't spoken since."],
  ["neutral", "I'm so angry I could cry. The flight was cancelled again."],
  ["neutral", "Failed my first driving lesson attempt at parallel parking. Instructor says everyone does."],
  ["neutral", "The bakery next door closed down this week after thirty years."],
  ["neutral", "Sitting with the news that the biopsy needs repeating."],
  ["neutral", "I used to think I was worthless. I still remember how heavy that felt."],
  ["neutral", "We sold the last of the stock at a loss and closed the accounts."],
  ["neutral", "Our team's failure rate on the new process is down to 4%."],
];

/** Passages whose label a careful reader could argue about; counted, not asserted one by one. */
const ARGUABLE = new Set<string>([
  "I'm a thirty-two-year-old child who can't manage money.",
  'My brother borrowed my car and returned it with a dent. Now he\'s saying it was already there.',
]);

function accuracy(items: readonly (readonly [FramingLabel, string])[]): number {
  return items.filter(([label, text]) => analyzeText(text).label === label).length / items.length;
}

describe('fresh passages the rules were not written from', () => {
  it.each(FRESH.filter(([, text]) => !ARGUABLE.has(text)))('%s: %s', (label, text) => {
    expect(analyzeText(text).label).toBe(label);
  });

  it('gets at least 90% of the whole set right', () => {
    expect(FRESH.length).toBeGreaterThanOrEqual(40);
    expect(accuracy(FRESH)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the earlier fresh sets at 90% or better', () => {
    const path = fileURLToPath(new URL('./fixtures/fresh-earlier.jsonl', import.meta.url));
    const earlier = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { label: FramingLabel; text: string })
      .map((l) => [l.label, l.text] as const);
    expect(earlier.length).toBe(360);
    expect(accuracy(earlier)).toBeGreaterThanOrEqual(0.9);
  });
});
