/** The explainable score and what feeds it; pure, no browser APIs. */
export { scoreCandidate, mustGapCap } from './score';
export { estimateSeniority } from './seniority';
export { engineeringRoles, isEngineeringTitle, mergedYears } from '../evidence/experience';
export { overlapHours } from './timezone';
export { QUESTION_BANK, BEHAVIOURAL_QUESTIONS } from './questions';
export * from './schema';
