/**
 * Years of engineering experience from a LinkedIn history: roles merged where
 * they overlap, internships at half rate, a current role counted up to today.
 */
import type { LinkedinExperience } from '../schemas/profile';

/** What an internship month counts for against a month of a full role. */
export const INTERNSHIP_RATE = 0.5;

/** Titles of engineering roles, in English, German, French, Spanish, Portuguese and Italian. */
const ENGINEERING_WORDS =
  /\b(engineer\w*|developer|dev|programmer|architect|devops|devsecops|sre|site reliability|software|back[- ]?end|front[- ]?end|full[- ]?stack|data scientist|machine learning|cto|tech(nical)? lead|sysadmin|systems? administrator|dba|database administrator|coder|sde|swe|d[ée]veloppeur\w*|ing[ée]nieur\w*|programmeur\w*|architecte|desarrollador\w*|ingenier[oa]\w*|programador\w*|arquitect[oa]|desenvolvedor\w*|engenheir[oa]\w*|arquitet[oa]|sviluppatore|ingegnere|programmatore|informatik\w*)\b/iu;
/** German compounds carry the word inside: Softwareentwickler, Anwendungsentwickler. */
const ENGINEERING_INFIX = /(entwickler|ingenieur|informatiker|programmierer)/iu;
const NOT_ENGINEERING = /\b(recruit\w*|talent|sales|marketing|account (manager|executive)|human resources|hr)\b/iu;
const INTERNSHIP =
  /\b(intern|interns|internship|trainee|apprentice\w*|praktikant\w*|praktikum|werkstudent\w*|stagiaire|stage|estagi[áa]ri[oa]|est[áa]gio|becari[oa]|pasante|tirocinante|stagista)\b/iu;

export function isEngineeringTitle(title: string): boolean {
  if (NOT_ENGINEERING.test(title)) return false;
  return ENGINEERING_WORDS.test(title) || ENGINEERING_INFIX.test(title);
}

export function isInternship(role: Pick<LinkedinExperience, 'title' | 'employmentType'>): boolean {
  return INTERNSHIP.test(role.title) || (role.employmentType != null && INTERNSHIP.test(role.employmentType));
}

export { monthIndex, nowMonthIndex } from '../months';
import { monthIndex, nowMonthIndex } from '../months';

export interface CountedRole {
  role: LinkedinExperience;
  /** inclusive month span, clipped at today */
  start: number;
  end: number;
  rate: number;
}

/** The roles that count, each with its month span and rate; roles without a start, or starting after today, do not. */
export function countedRoles<R extends LinkedinExperience>(roles: readonly R[], now: Date, keep: (r: R) => boolean): CountedRole[] {
  const today = nowMonthIndex(now);
  const out: CountedRole[] = [];
  for (const role of roles) {
    if (!role.start || !keep(role)) continue;
    const start = monthIndex(role.start);
    const rawEnd = role.end ? monthIndex(role.end, true) : today;
    if (start === null || rawEnd === null) continue;
    const end = Math.min(rawEnd, today);
    if (start > end) continue;
    out.push({ role, start, end, rate: isInternship(role) ? INTERNSHIP_RATE : 1 });
  }
  return out;
}

/** Years covered by the roles, each month counted once at the best rate any role gives it. */
export function mergedYears(roles: readonly CountedRole[]): number {
  if (roles.length === 0) return 0;
  let first = Infinity;
  let last = -Infinity;
  for (const r of roles) {
    first = Math.min(first, r.start);
    last = Math.max(last, r.end);
  }
  const months = new Float64Array(last - first + 1);
  for (const r of roles) {
    for (let m = r.start; m <= r.end; m++) {
      const i = m - first;
      if ((months[i] ?? 0) < r.rate) months[i] = r.rate;
    }
  }
  let total = 0;
  for (const v of months) total += v;
  return total / 12;
}

export function engineeringRoles(roles: readonly LinkedinExperience[], now: Date): CountedRole[] {
  return countedRoles(roles, now, (r) => isEngineeringTitle(r.title));
}
