/**
 * Joins the reading of a details sub-page (`/in/<slug>/details/experience/`, …)
 * into the reading of the main profile page: the details page completes the
 * one section it covers. Pure; the background keeps both readings.
 */
import type { LinkedinPendingSection, LinkedinProfile } from '../schemas/profile';

/** The profile's pending sections without `section` (which a details page has now read). */
function settle(pending: readonly LinkedinPendingSection[] | undefined, section: string): LinkedinPendingSection[] | undefined {
  if (!pending) return undefined;
  const rest = pending.filter((s) => s !== section);
  return rest.length > 0 ? rest : undefined;
}

function mergeSkills(detail: readonly string[], base: readonly string[]): string[] {
  const seen = new Set(detail.map((s) => s.toLowerCase()));
  return [...detail, ...base.filter((s) => !seen.has(s.toLowerCase()))];
}

/**
 * The main-page profile `base` completed by the `detail` reading of the same
 * person. A reading of another person (different slug) changes nothing; a
 * details page that showed nothing (still loading) changes nothing either.
 */
export function mergeLinkedinProfiles(base: LinkedinProfile, detail: LinkedinProfile): LinkedinProfile {
  if (base.slug.toLowerCase() !== detail.slug.toLowerCase()) return base;
  const strategies = { ...(base.strategies ?? {}) };
  const merged: LinkedinProfile = { ...base, githubUrl: base.githubUrl ?? detail.githubUrl };
  switch (detail.page) {
    case 'experience':
      if (detail.experience.length === 0) return merged;
      merged.experience = detail.experience;
      merged.experienceComplete = true;
      if (detail.strategies?.['experience']) strategies['experience'] = detail.strategies['experience'];
      break;
    case 'skills':
      if (detail.skills.length === 0) return merged;
      merged.skills = mergeSkills(detail.skills, base.skills);
      if (detail.strategies?.['skills']) strategies['skills'] = detail.strategies['skills'];
      break;
    case 'certifications':
      if (detail.certifications.length === 0) return merged;
      merged.certifications = detail.certifications;
      if (detail.strategies?.['certifications']) strategies['certifications'] = detail.strategies['certifications'];
      break;
    case 'education':
      if (detail.education.length === 0) return merged;
      merged.education = detail.education;
      if (detail.strategies?.['education']) strategies['education'] = detail.strategies['education'];
      break;
    default: {
      // Two readings of main pages: the newer one fills what the older one lacked.
      const filled: LinkedinProfile = {
        ...base,
        name: base.name ?? detail.name,
        headline: base.headline ?? detail.headline,
        location: base.location ?? detail.location,
        about: base.about ?? detail.about,
        experience: base.experience.length > 0 ? base.experience : detail.experience,
        education: base.education.length > 0 ? base.education : detail.education,
        skills: base.skills.length > 0 ? base.skills : detail.skills,
        certifications: base.certifications.length > 0 ? base.certifications : detail.certifications,
        githubUrl: base.githubUrl ?? detail.githubUrl,
      };
      // A section still pending on the older reading but loaded on the newer one is read from it.
      const loaded = (s: LinkedinPendingSection) => !(detail.pendingSections ?? []).includes(s) && detail[s].length > 0;
      for (const section of base.pendingSections ?? []) {
        if (!loaded(section)) continue;
        Object.assign(filled, { [section]: detail[section] });
        if (section === 'experience') filled.experienceComplete = detail.experienceComplete;
      }
      const pending = base.pendingSections?.filter((s) => !loaded(s));
      if (pending && pending.length > 0) filled.pendingSections = pending;
      else delete filled.pendingSections;
      return filled;
    }
  }
  const pending = settle(base.pendingSections, detail.page ?? 'main');
  if (pending) merged.pendingSections = pending;
  else delete merged.pendingSections;
  merged.strategies = strategies;
  merged.unrecognised = base.unrecognised === true && base.name === null ? true : base.unrecognised;
  return merged;
}
