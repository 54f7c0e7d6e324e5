/**
 * One evaluation, everywhere: a person evaluated through the panel's path (the
 * background's tab state) and through a bulk run gets the same Evaluation, and
 * the record saved from it re-scores to the same verdict.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePerson, readingsForLogin } from '../../../lib/evaluation/evaluate-person';
import { withEvaluation } from '../../../lib/evaluation/tab-evaluation';
import type { TabState } from '../../../lib/evaluation/tab-state';
import { rescoreSnapshot } from '../../../lib/evaluation/rescore';
import { snapshotFrom } from '../../../lib/evaluation/snapshot';
import { candidateFromSave } from '../../../lib/candidates/merge';
import { PRESETS } from '../../../lib/matrix/presets';
import { scoreCandidate } from '../../../lib/scoring/score';
import { NOW, PERSONAS, githubEvidence, githubPage } from '../calibration/personas';

function tab(state: Partial<TabState>): TabState {
  return {
    version: 1,
    tabId: 7,
    url: 'https://github.com/someone',
    status: 'ready',
    profile: null,
    evidence: null,
    partial: null,
    error: null,
    rateLimit: null,
    runId: 'run',
    updatedAt: NOW.getTime(),
    ...state,
  };
}

const people = PERSONAS.filter((p) => p.github);

describe('the same person through the panel path and the bulk path', () => {
  for (const p of people) {
    it(`${p.id}: identical evaluations and verdicts`, () => {
      const evidence = githubEvidence(p.github!, 'deep');
      const page = githubPage(p.github!);
      // the panel: the GitHub tab, the LinkedIn page read earlier in the session, GitHub's evidence
      const panel = withEvaluation(tab({ profile: page, partner: p.linkedin ?? null, evidence }), NOW).evaluation;
      // a bulk run: the API's account, joined with what was saved of the person before
      const bulk = evaluatePerson(readingsForLogin(evidence, { github: page, ...(p.linkedin ? { linkedin: p.linkedin } : {}) }), NOW);
      expect(panel).toEqual(bulk);
      for (const matrix of PRESETS) {
        const fromPanel = scoreCandidate(panel!, matrix, NOW);
        expect(scoreCandidate(bulk, matrix, NOW)).toEqual(fromPanel);
        // saved from that evaluation, the record re-scores to the same verdict and rows
        const saved = candidateFromSave(
          { profiles: { github: page, ...(p.linkedin ? { linkedin: p.linkedin } : {}) }, snapshot: snapshotFrom(fromPanel, matrix, bulk, NOW), roleId: matrix.id },
          NOW.toISOString(),
        );
        const again = rescoreSnapshot(saved, matrix, NOW);
        expect(again.verdict).toBe(fromPanel.verdict.label);
        expect(again.band).toBe(fromPanel.seniority.band);
        expect(again.overall).toBe(fromPanel.overall);
        expect(again.requirements).toEqual(saved.snapshot.requirements);
      }
    });
  }
});
