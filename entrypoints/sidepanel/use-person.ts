import { useMemo } from 'react';
import type { Matrix } from '@/lib/matrix';
import { PRESETS, DEFAULT_MATRIX_ID } from '@/lib/matrix/presets';
import type { TabState } from '@/lib/evaluation/tab-state';
import { readingsOfTab } from '@/lib/evaluation/tab-readings';
import type { PersonReadings } from '@/lib/evaluation/evaluate-person';
import { scoreCandidate } from '@/lib/scoring/score';
import { githubLoginOf, linkedinSlugsOf } from '@/lib/page/profile-links';
import { githubProfileUrl, linkedinProfileUrl } from '@/lib/page/profile-urls';

const NO_READINGS: PersonReadings = Object.freeze({ github: null, linkedin: null, githubEvidence: null });

function profileLinks(readings: PersonReadings): { github: string | null; linkedin: string | null } {
  const login = readings.github?.login ?? (readings.linkedin ? githubLoginOf(readings.linkedin) : null);
  const slug = readings.linkedin?.slug ?? (readings.github ? (linkedinSlugsOf(readings.github)[0] ?? null) : null);
  return {
    github: login ? githubProfileUrl(login) : null,
    linkedin: slug ? linkedinProfileUrl(slug) : null,
  };
}

/**
 * The open person as the background evaluated them, scored against the chosen
 * matrix. The evaluation (evidence, what was examined, seniority) is built
 * once in the background; scoring it against a role is a pure, instant call.
 */
export function usePersonScore(state: TabState | null, matrices: readonly Matrix[], roleId: string) {
  const readings = useMemo(() => (state ? readingsOfTab(state) : NO_READINGS), [state]);
  const matrix = matrices.find((m) => m.id === roleId) ?? PRESETS.find((m) => m.id === DEFAULT_MATRIX_ID) ?? PRESETS[0]!;
  const evaluation = state?.profile ? (state.evaluation ?? null) : null;
  const result = useMemo(() => (evaluation ? scoreCandidate(evaluation, matrix, new Date(evaluation.at)) : null), [evaluation, matrix]);
  const links = useMemo(() => profileLinks(readings), [readings]);
  return {
    readings,
    evaluation,
    result,
    matrix,
    merged: Boolean(readings.github && readings.linkedin),
    links,
  };
}
