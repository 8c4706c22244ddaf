/**
 * The framing analyzer: does a sentence about a setback read as a verdict on
 * who the writer is (shame), something they did (accountability), someone
 * else's doing (blame), or none of these (neutral)? Pure, offline and
 * deterministic; safe to run in the renderer or a worker.
 */
export { analyzeText, warmUpFraming } from './analyze';
export { detectCareLanguage } from './care';
export { confusionMatrix, evaluate, f1Score, formatEvaluation } from './eval';
export type { Evaluation, LabelledPrediction, LabelScores } from './eval';
export { applyCorrections, entryFramingOf } from './corrections';
export type { CorrectedAnalysis, CorrectedSentence } from './corrections';
export { suggestReframe, suggestReframes } from './reframe';
export type { Reframe } from './reframe';
export { FRAMING_LABEL_DESCRIPTIONS, FRAMING_LABELS } from './types';
export type { CueStatus, FramingAnalysis, FramingCue, FramingLabel, FramingSpan, SentenceFraming } from './types';
