import { mergeLinkedinProfiles } from '../extract/linkedin-merge';
import type { LinkedinProfile } from '../schemas/profile';

/**
 * Combines a new LinkedIn reading with what was read of the same person before
 * in this session: a details page completes the main page's section, and a
 * later visit to the main page keeps what the details pages completed.
 */
export function combineLinkedinReadings(remembered: LinkedinProfile | null, incoming: LinkedinProfile): LinkedinProfile {
  if (!remembered || remembered.slug.toLowerCase() !== incoming.slug.toLowerCase()) return incoming;
  const incomingPage = incoming.page ?? 'main';
  if (incomingPage !== 'main') {
    // a details page: it completes the section it covers in the main reading
    const base = remembered.unrecognised ? { ...remembered, unrecognised: false } : remembered;
    return mergeLinkedinProfiles({ ...base, page: 'main' }, incoming);
  }
  let combined = incoming;
  if (remembered.experienceComplete === true && incoming.experienceComplete === false && remembered.experience.length > incoming.experience.length) {
    combined = mergeLinkedinProfiles(combined, { ...remembered, page: 'experience' });
  }
  if (remembered.skills.length > incoming.skills.length) {
    combined = mergeLinkedinProfiles(combined, { ...remembered, page: 'skills' });
  }
  if (remembered.certifications.length > incoming.certifications.length) {
    combined = mergeLinkedinProfiles(combined, { ...remembered, page: 'certifications' });
  }
  return combined;
}
