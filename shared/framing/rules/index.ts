import { ACCOUNTABILITY_RULES } from './accountability';
import { ADOPTION_RULES } from './adoption';
import { BLAME_RULES } from './blame';
import { SHAME_RULES } from './shame';
import { STRUCTURE_RULES } from './structure';
import type { Rule } from './rule';

export const ALL_RULES: readonly Rule[] = [...SHAME_RULES, ...ACCOUNTABILITY_RULES, ...BLAME_RULES, ...ADOPTION_RULES, ...STRUCTURE_RULES];
export type { Rule, CueLabel, SubjectKind } from './rule';
