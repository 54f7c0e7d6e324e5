/**
 * Autocomplete over the skill taxonomy: what the recruiter types is compared
 * with each skill's id, name and aliases the way the taxonomy compares names
 * (case, spaces and hyphens ignored), so "Postgres" finds PostgreSQL.
 */
import { TAXONOMY, matchSkillName, nameKey, skillById, type Skill } from '@/lib/skills';

interface Entry {
  skill: Skill;
  /** id and name first, then aliases */
  primary: string[];
  aliases: string[];
}

let index: Entry[] | null = null;

function entries(): Entry[] {
  index ??= TAXONOMY.map((skill) => ({
    skill,
    primary: [nameKey(skill.id), nameKey(skill.name)],
    aliases: skill.aliases.map(nameKey),
  }));
  return index;
}

/** 0 exact, 1 id or name starts with it, 2 an alias starts with it, 3 contains it; null no match. */
function rank(e: Entry, q: string): number | null {
  if (e.primary.includes(q) || e.aliases.includes(q)) return 0;
  if (e.primary.some((k) => k.startsWith(q))) return 1;
  if (e.aliases.some((k) => k.startsWith(q))) return 2;
  if ([...e.primary, ...e.aliases].some((k) => k.includes(q))) return 3;
  return null;
}

/** Skills matching `query`, best first, leaving out those in `exclude`. */
export function searchSkills(query: string, exclude: ReadonlySet<string> = new Set(), limit = 8): Skill[] {
  const q = nameKey(query.trim());
  if (!q) return [];
  const found: { skill: Skill; score: number }[] = [];
  for (const e of entries()) {
    if (exclude.has(e.skill.id)) continue;
    const score = rank(e, q);
    if (score !== null) found.push({ skill: e.skill, score });
  }
  found.sort((a, b) => a.score - b.score || a.skill.name.localeCompare(b.skill.name));
  return found.slice(0, limit).map((f) => f.skill);
}

/** The one skill `text` names (an id, a name or an alias), or null when it names none. */
export function resolveSkill(text: string): Skill | null {
  const q = nameKey(text.trim());
  if (!q) return null;
  const exact = entries().find((e) => e.primary.includes(q)) ?? entries().find((e) => e.aliases.includes(q));
  if (exact) return exact.skill;
  const matched = matchSkillName(text);
  return matched ? (skillById(matched) ?? null) : null;
}
