import { WHERE_AM_I_WORDS } from '../../../../shared/domain/reflection';

export type WhereAmIWord = (typeof WHERE_AM_I_WORDS)[number];

/**
 * A plain line for each word step 5 offers. Grief and transition words are terms of
 * art; without a line like this "depression" or "disidentification" reads as a
 * diagnosis or as jargon, and the person can't tell whether it fits.
 */
export const WHERE_AM_I_MEANINGS: Readonly<Record<WhereAmIWord, string>> = {
  denial: "Part of you can't quite believe it happened yet.",
  anger: 'Heat about it: at someone, at yourself, or at how it went.',
  bargaining: 'Going over the what-ifs, and how it might have gone another way.',
  depression: 'A low, heavy stretch, when things feel flat or hard to start.',
  acceptance: "Seeing it as it is, even if you don't like it.",
  disengagement: 'Stepping back from the role or plans that held you before.',
  disidentification: 'Letting go of the old picture of who you were.',
  disorientation: "Not yet knowing which way is up, or what comes next.",
  'letting go': 'Loosening your hold on what was, a little at a time.',
  're-engagement': 'Starting to put your energy into something again.',
  discovery: 'Noticing new things about yourself, or about what you want.',
  clarity: 'Seeing more plainly what happened and what matters to you now.',
  integration: 'Making this part of your story, without it being the whole of it.',
};
