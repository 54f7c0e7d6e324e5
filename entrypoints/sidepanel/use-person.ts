import { useEffect, useMemo, useState } from 'react';
import type { Matrix } from '@/lib/matrix';
import { PRESETS, DEFAULT_MATRIX_ID } from '@/lib/matrix';
import type { TabState } from '@/lib/schemas/tab-state';
import type { GithubProfile, LinkedinProfile } from '@/lib/schemas/profile';
import { scoreCandidate } from '@/lib/scoring/score';
import { scoreInputFor, type PersonReadings } from '@/lib/evaluation/score-input';
import { githubLoginOf, githubProfileUrl, linkedinProfileUrl, linkedinSlugsOf } from '@/lib/candidates/identity';
import { recallGithub, recallLinkedin, watchGithub, watchLinkedin } from '@/lib/evaluation/seen-store';

interface Partner {
  github: GithubProfile | null;
  linkedin: LinkedinProfile | null;
}

/** One object for "no other profile", so the memos below see the same partner from render to render. */
const NO_PARTNER: Partner = Object.freeze({ github: null, linkedin: null });

/** The person's other profile, when this session has read it. */
function usePartner(state: TabState | null): Partner {
  const profile = state?.profile ?? null;
  const liSlug = profile?.source === 'github' ? (linkedinSlugsOf(profile)[0] ?? null) : null;
  const ghLogin = profile?.source === 'linkedin' ? githubLoginOf(profile) : null;
  const [partner, setPartner] = useState<(Partner & { key: string }) | null>(null);
  const key = `${liSlug ?? ''}|${ghLogin ?? ''}`;
  useEffect(() => {
    let cancelled = false;
    const unwatch: Array<() => void> = [];
    if (liSlug) {
      void recallLinkedin(liSlug).then((p) => !cancelled && setPartner({ key, github: null, linkedin: p }));
      unwatch.push(watchLinkedin(liSlug, (p) => setPartner({ key, github: null, linkedin: p })));
    }
    if (ghLogin) {
      void recallGithub(ghLogin).then((p) => !cancelled && setPartner({ key, github: p, linkedin: null }));
      unwatch.push(watchGithub(ghLogin, (p) => setPartner({ key, github: p, linkedin: null })));
    }
    return () => {
      cancelled = true;
      unwatch.forEach((u) => u());
    };
  }, [key, liSlug, ghLogin]);
  return partner && partner.key === key ? partner : NO_PARTNER;
}

function readingsOf(state: TabState | null, partner: Partner): PersonReadings {
  const profile = state?.profile ?? null;
  return {
    github: profile?.source === 'github' ? profile : partner.github,
    linkedin: profile?.source === 'linkedin' ? profile : partner.linkedin,
    githubEvidence: state?.evidence ?? null,
  };
}

function profileLinks(readings: PersonReadings): { github: string | null; linkedin: string | null } {
  const login = readings.github?.login ?? (readings.linkedin ? githubLoginOf(readings.linkedin) : null);
  const slug = readings.linkedin?.slug ?? (readings.github ? (linkedinSlugsOf(readings.github)[0] ?? null) : null);
  return {
    github: login ? githubProfileUrl(login) : null,
    linkedin: slug ? linkedinProfileUrl(slug) : null,
  };
}

/** The open person's merged evidence and score against the chosen matrix; re-scoring is a pure, instant call. */
export function usePersonScore(state: TabState | null, matrices: readonly Matrix[], roleId: string) {
  const partner = usePartner(state);
  const readings = useMemo(() => readingsOf(state, partner), [state, partner]);
  const matrix = matrices.find((m) => m.id === roleId) ?? PRESETS.find((m) => m.id === DEFAULT_MATRIX_ID) ?? PRESETS[0]!;
  const input = useMemo(() => (state?.profile ? scoreInputFor(readings, new Date()) : null), [state?.profile, readings]);
  const result = useMemo(() => (input ? scoreCandidate(input, matrix, new Date()) : null), [input, matrix]);
  const links = useMemo(() => profileLinks(readings), [readings]);
  return {
    readings,
    input,
    result,
    matrix,
    merged: Boolean(readings.github && readings.linkedin),
    links,
  };
}
