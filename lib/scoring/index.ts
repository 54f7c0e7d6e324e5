/** The explainable score and what feeds it; pure, no browser APIs. */
export { scoreCandidate, mustGapCap, PARTIAL_SHARE, UNKNOWN_SHARE } from './score';
export { mergeEvidence } from './merge-evidence';
export { linkedinEvidence, combineWeights, LINKEDIN_WEIGHTS } from './linkedin-evidence';
export { estimateSeniority, bandForYears, linkedinUrl, BAND_YEARS } from './seniority';
export { engineeringRoles, isEngineeringTitle, isInternship, mergedYears, monthIndex, INTERNSHIP_RATE } from './experience';
export { overlapHours } from './timezone';
export { effectiveSkills, gitFromRepositories, IMPLIED_DISCOUNT } from './effective-evidence';
export { evidenceConfidence } from './confidence';
export { interviewQuestions, questionsFor, questionCategory, WEAK_MARGIN } from './interview';
export { QUESTION_BANK, BEHAVIOURAL_QUESTIONS, QuestionCategory } from './questions';
export type { BankQuestion } from './questions';
export * from './schema';
