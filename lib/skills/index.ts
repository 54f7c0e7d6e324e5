/** The skill taxonomy and its lookups; import from here. */
export { TAXONOMY } from './taxonomy';
export { findSkillsInText, matchSkillName, nameKey } from './text-match';
export { skillById, skillName, impliedSkills, skillsForPackage, skillsForPath, skillsForTopic } from './lookup';
export { skillsForCertification } from './certifications';
export { skillIdForGithubLanguage, skillIdsForGithubLanguage } from './github-languages';
export { Skill, SkillCategory, SkillDetection, Ecosystem } from './schema';
