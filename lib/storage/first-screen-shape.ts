/**
 * The panel's first screen as the recruiter last saw it for a tab: the words
 * of the person card and the verdict card, already localised. The side panel
 * paints it from its first, small script before React has loaded, so that a
 * panel opened again shows the verdict at once; React replaces it when it has
 * read the same state.
 *
 * This file stays free of zod and of the extension APIs: it is part of that
 * first script. The writer validates with the zod schema in
 * `first-screen-store.ts`; `asFirstScreen` is the reader's check, and a test
 * keeps the two agreeing. What it guards is only ever shown as text.
 */

export const FIRST_SCREEN_VERSION = 1;

export type GapKind = 'missing' | 'partial' | 'unchecked';

export interface FirstScreenGap {
  kind: GapKind;
  /** "Missing", "Only partly shown", "Not checked" */
  lead: string;
  /** the rows' labels, comma separated */
  items: string;
}

export interface FirstScreen {
  version: typeof FIRST_SCREEN_VERSION;
  /** the `updatedAt` of the tab state it was made from: any other state makes it stale */
  tabUpdatedAt: number;
  name: string;
  handle: string;
  location: string | null;
  subtitle: string | null;
  verdict: 'strong' | 'possible' | 'weak' | 'insufficient';
  /** the tone class of the verdict (`tone-strong` …) */
  tone: string;
  label: string;
  score: number | null;
  /** the role's name, and "Role" before it as the picker shows it */
  roleName: string;
  roleLead: string;
  /** "for Backend engineer (senior)" */
  roleLine: string;
  /** "Provisional: 60% of the must-haves checked", while some must-haves are not checked */
  provisional: string | null;
  seniority: string;
  summary: string;
  gaps: FirstScreenGap[];
  reasons: string[];
  /** "Strongest evidence" */
  evidenceLead: string;
  evidence: string[];
  question: { lead: string; text: string } | null;
}

/** The session-area key (without WXT's `session:` prefix) of a tab's first screen. */
export function firstScreenKey(tabId: number): string {
  return `firstScreen:${tabId}`;
}

const VERDICTS = new Set(['strong', 'possible', 'weak', 'insufficient']);
const GAP_KINDS = new Set(['missing', 'partial', 'unchecked']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function isGap(value: unknown): value is FirstScreenGap {
  return isRecord(value) && isString(value.kind) && GAP_KINDS.has(value.kind) && isString(value.lead) && isString(value.items);
}

/** The stored value as a first screen, or null when it is not one (another version, a damaged value). */
export function asFirstScreen(value: unknown): FirstScreen | null {
  if (!isRecord(value) || value.version !== FIRST_SCREEN_VERSION) return null;
  const v = value;
  const question = v.question;
  const ok =
    typeof v.tabUpdatedAt === 'number' &&
    isString(v.name) &&
    isString(v.handle) &&
    isNullableString(v.location) &&
    isNullableString(v.subtitle) &&
    isString(v.verdict) &&
    VERDICTS.has(v.verdict) &&
    isString(v.tone) &&
    /^tone-[a-z]+$/.test(v.tone) &&
    isString(v.label) &&
    (v.score === null || (typeof v.score === 'number' && Number.isInteger(v.score) && v.score >= 0 && v.score <= 100)) &&
    isString(v.roleName) &&
    isString(v.roleLead) &&
    isString(v.roleLine) &&
    isNullableString(v.provisional) &&
    isString(v.evidenceLead) &&
    isString(v.seniority) &&
    isString(v.summary) &&
    Array.isArray(v.gaps) &&
    v.gaps.every(isGap) &&
    isStringList(v.reasons) &&
    isStringList(v.evidence) &&
    (question === null || (isRecord(question) && isString(question.lead) && isString(question.text)));
  return ok ? (value as unknown as FirstScreen) : null;
}

/** What the first script needs of a tab state, read without its schema: when it was written and whose name it holds. */
export function tabStateGlance(value: unknown): { updatedAt: number; name: string | null } | null {
  if (!isRecord(value) || typeof value.updatedAt !== 'number') return null;
  const profile = value.profile;
  if (!isRecord(profile)) return { updatedAt: value.updatedAt, name: null };
  const id = isString(profile.login) ? profile.login : isString(profile.slug) ? profile.slug : null;
  const name = isString(profile.name) && profile.name.trim() ? profile.name : id;
  return { updatedAt: value.updatedAt, name };
}
