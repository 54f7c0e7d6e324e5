/**
 * Skill evidence from a LinkedIn profile: listed skills, skills named in role
 * titles and descriptions, the headline and about text, and certifications.
 * Self-described skills weigh less than skills named in roles held for years.
 */
import type { EvidenceSource, SkillEvidence } from '../schemas/evidence';
import type { LinkedinExperience, LinkedinProfile } from '../schemas/profile';
import type { LinkedinFacts } from '../schemas/examined';
import { skillsForCertification } from '../skills/certifications';
import { findSkillsInText, matchSkillName } from '../skills/text-match';
import { monthIndex, nowMonthIndex } from '../months';
import { engineeringRoles, mergedYears } from './experience';
import { linkedinProfileUrl } from '../page/profile-urls';
import { round2 } from '../numbers';


/** how much one source of each kind says on its own (0..1) */
export const LINKEDIN_WEIGHTS = {
  listedSkill: 0.35,
  headline: 0.2,
  about: 0.2,
  certification: 0.6,
  /** a role title naming the skill: this much, plus `perYear` for each year in the role, up to `roleMax` */
  roleTitle: 0.3,
  perYear: 0.08,
  roleMax: 0.7,
  /** a role description naming the skill counts this share of a title mention */
  descriptionShare: 0.8,
  /** Git, implied by a year or more in software engineering roles */
  gitFromRoles: 0.5,
} as const;
/** LinkedIn alone never proves a skill beyond this */
const MAX_STRENGTH = 0.95;

function roleYears(start: string | null, end: string | null, now: Date): number {
  const s = start ? monthIndex(start) : null;
  if (s === null) return 0;
  const e = end ? monthIndex(end, true) : nowMonthIndex(now);
  if (e === null) return 0;
  return Math.max(0, Math.min(e, nowMonthIndex(now)) - s + 1) / 12;
}

function isoMonth(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Combines independent sources: each one closes part of the remaining doubt. */
export function combineWeights(weights: readonly number[]): number {
  let doubt = 1;
  let best = 0;
  for (const w of weights) {
    const c = Math.min(1, Math.max(0, w));
    doubt *= 1 - c;
    if (c > best) best = c;
  }
  // never below the strongest single source, even where floating point rounds a tiny weight away
  return Math.max(best, 1 - doubt);
}


/** The skills a role's title names, and those only its description names. */
function roleSkills(role: Pick<LinkedinExperience, 'title' | 'description'>): { inTitle: string[]; inDescription: string[] } {
  const inTitle = findSkillsInText(role.title);
  const inDescription = findSkillsInText(role.description ?? '').filter((id) => !inTitle.includes(id));
  return { inTitle, inDescription };
}

/** What the score counts from a LinkedIn reading: its roles with the skills they name, education, certifications. */
export function linkedinFacts(profile: LinkedinProfile): LinkedinFacts {
  return {
    slug: profile.slug,
    location: profile.location,
    experience: profile.experience.map((role) => {
      const { inTitle, inDescription } = roleSkills(role);
      return { ...role, skills: [...inTitle, ...inDescription] };
    }),
    education: profile.education,
    certifications: profile.certifications,
    experienceComplete: profile.experienceComplete !== false,
  };
}

export function linkedinEvidence(profile: LinkedinProfile, now: Date = new Date()): SkillEvidence[] {
  const url = linkedinProfileUrl(profile.slug);
  const bySkill = new Map<string, EvidenceSource[]>();
  const add = (skill: string, source: Omit<EvidenceSource, 'origin' | 'repo' | 'path' | 'url'>): void => {
    const list = bySkill.get(skill) ?? [];
    list.push({ ...source, detail: source.detail.slice(0, 1000), origin: 'linkedin', repo: null, path: null, url });
    bySkill.set(skill, list);
  };

  for (const label of profile.skills) {
    const id = matchSkillName(label);
    if (id) add(id, { kind: 'linkedin-skill', detail: `Listed under Skills: “${label}”`, weight: LINKEDIN_WEIGHTS.listedSkill, date: null });
  }

  for (const role of profile.experience) {
    const years = roleYears(role.start, role.end, now);
    const titleWeight = Math.min(LINKEDIN_WEIGHTS.roleMax, LINKEDIN_WEIGHTS.roleTitle + LINKEDIN_WEIGHTS.perYear * years);
    const where = `“${role.title}”${role.company ? ` at ${role.company}` : ''} (${role.start ?? '?'} – ${role.end ?? 'now'})`;
    const date = role.end ?? isoMonth(now);
    const { inTitle, inDescription } = roleSkills(role);
    for (const id of inTitle) add(id, { kind: 'linkedin-role', detail: `Named in the role title ${where}`, weight: round2(titleWeight), date });
    for (const id of inDescription) {
      add(id, { kind: 'linkedin-role', detail: `Named in the description of the role ${where}`, weight: round2(titleWeight * LINKEDIN_WEIGHTS.descriptionShare), date });
    }
  }

  for (const [text, what, weight] of [
    [profile.headline, 'headline', LINKEDIN_WEIGHTS.headline],
    [profile.about, 'About section', LINKEDIN_WEIGHTS.about],
  ] as const) {
    for (const id of findSkillsInText(text ?? '')) add(id, { kind: 'bio', detail: `Mentioned in the LinkedIn ${what}`, weight, date: null });
  }

  // any professional software engineering role of a year or more means working in Git, as a hiring manager assumes
  const engineering = engineeringRoles(profile.experience, now);
  const engineeringYears = mergedYears(engineering);
  if (engineeringYears >= 1 && !bySkill.has('git')) {
    const latest = engineering.reduce((a, b) => (b.end > a.end ? b : a));
    const r = latest.role;
    add('git', {
      kind: 'linkedin-role',
      detail: `Implied by ${Math.floor(engineeringYears)}+ year${engineeringYears >= 2 ? 's' : ''} in software engineering roles, the latest “${r.title}”${r.company ? ` at ${r.company}` : ''}`,
      weight: LINKEDIN_WEIGHTS.gitFromRoles,
      date: r.end ?? isoMonth(now),
    });
  }

  for (const cert of profile.certifications) {
    for (const id of skillsForCertification(cert.name, cert.issuer)) {
      add(id, { kind: 'certification', detail: `Certification: ${cert.name}${cert.issuer ? ` (${cert.issuer})` : ''}`, weight: LINKEDIN_WEIGHTS.certification, date: null });
    }
  }

  return [...bySkill.entries()]
    .map(([skill, sources]) => {
      const dates = sources.map((s) => s.date).filter((d): d is string => d !== null).sort();
      return {
        skill,
        strength: round2(Math.min(MAX_STRENGTH, combineWeights(sources.map((s) => s.weight)))),
        sources: sources.sort((a, b) => b.weight - a.weight).slice(0, 200),
        lastSeen: dates[dates.length - 1] ?? null,
      };
    })
    .sort((a, b) => b.strength - a.strength || a.skill.localeCompare(b.skill));
}
