/**
 * Reads LinkedIn list items by their line structure, the way a person reads
 * them: a title, a company line, a date line, a place, a description. Works on
 * the anchored layout (visible `span[aria-hidden="true"]` copies) and on the
 * hashed-class layout (text blocks), so both share one interpretation.
 */
import type { LinkedinCertification, LinkedinEducation, LinkedinExperience } from '../schemas/profile';
import { linkedinSelectors as S } from '../selectors/linkedin';
import { isDuration, parseDateRange, splitDots } from './dates';
import { cleanText } from './dom';
import { isCertificationMeta, isEmploymentType, looksLikeLocation } from './linkedin-words';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'svg', 'IMG']);
const LIST_TAGS = new Set(['UL', 'OL']);
const HIDDEN_COPY = S.hiddenCopy.join(',');
const VISIBLE = S.visibleText.join(',');
const ANY_LIST = S.anyList.join(',');

/** `el.matches(S.anyList)`, as a tag and attribute test: it runs for every ancestor of every line. */
function isList(el: Element): boolean {
  return LIST_TAGS.has(el.tagName) || el.getAttribute('role') === 'list';
}

function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName) || el.matches(HIDDEN_COPY) || el.hasAttribute('hidden');
}

/** True when `el` sits inside a list that is itself inside `root`. */
function inNestedList(el: Element, root: Element): boolean {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (isList(p)) return true;
  }
  return false;
}

function insideSkipped(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) {
    if (isSkipped(p)) return true;
  }
  return false;
}

/** Text of an element without screen-reader copies, buttons or scripts. */
function visibleTextOf(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.tagName === 'BR') out += '\n';
      else if (!isSkipped(child)) out += visibleTextOf(child);
    }
  }
  return out;
}

/** The visible text of an element as one line (white space folded); null when absent or empty. */
export function visibleLine(el: Element | null): string | null {
  return el ? cleanText(visibleTextOf(el)) : null;
}

function hasOwnText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim().length > 0);
}

function walkLines(el: Element, root: Element, nested: boolean, out: string[]): void {
  for (const child of Array.from(el.children)) {
    if (isSkipped(child)) continue;
    if (!nested && isList(child)) continue;
    if (hasOwnText(child)) {
      const text = visibleLine(child);
      if (text) out.push(text);
    } else {
      walkLines(child, root, nested, out);
    }
  }
}

function dedupeAdjacent(lines: string[]): string[] {
  return lines.filter((line, i) => i === 0 || line !== lines[i - 1]);
}

/** Whether the element carries LinkedIn's visible-copy spans (the anchored layout). */
export function hasVisibleSpans(el: Element): boolean {
  return el.querySelector(VISIBLE) !== null;
}

/**
 * The lines an element shows, in order. With `nested: false` the text inside
 * nested lists (a company's roles, a role's description) is left out.
 */
export function linesOf(el: Element, nested = false): string[] {
  const out: string[] = [];
  if (hasVisibleSpans(el)) {
    for (const span of Array.from(el.querySelectorAll(VISIBLE))) {
      const outer = span.parentElement?.closest(VISIBLE);
      if (outer && el.contains(outer)) continue;
      if (insideSkipped(span, el)) continue;
      if (!nested && inNestedList(span, el)) continue;
      const text = visibleLine(span);
      if (text) out.push(text);
    }
  } else if (hasOwnText(el)) {
    const text = visibleLine(el);
    if (text) out.push(text);
  } else {
    walkLines(el, el, nested, out);
  }
  return dedupeAdjacent(out);
}

/** The lines inside the nested lists of an item (a role's description and skills). */
function nestedLines(item: Element): string[] {
  const out: string[] = [];
  for (const list of childItemsContainers(item)) out.push(...linesOf(list, true));
  return dedupeAdjacent(out);
}

/** The outermost lists inside `item`. */
function childItemsContainers(item: Element): Element[] {
  return Array.from(item.querySelectorAll(ANY_LIST)).filter((list) => !inNestedList(list, item));
}

/** The items of the outermost lists inside `el`: `<li>` or `[role=listitem]` children. */
export function listItems(list: Element): Element[] {
  return Array.from(list.children).filter((c) => c.tagName === 'LI' || c.getAttribute('role') === 'listitem');
}

/** Items of the nested lists of an item (the roles of a company group). */
function nestedItems(item: Element): Element[] {
  return childItemsContainers(item).flatMap((list) => listItems(list));
}

function isDateLine(line: string): boolean {
  return parseDateRange(line) !== null;
}

interface CompanyLine {
  company: string | null;
  employmentType: string | null;
}

/** `Acme · Full-time` → company and employment type; a duration part is dropped. */
export function readCompanyLines(lines: readonly string[]): CompanyLine {
  let company: string | null = null;
  let employmentType: string | null = null;
  for (const line of lines) {
    for (const part of splitDots(line)) {
      if (isEmploymentType(part)) employmentType ??= part;
      else if (isDuration(part)) continue;
      else company ??= part;
    }
  }
  return { company, employmentType };
}

function joinDescription(lines: readonly string[]): string | null {
  const text = lines.join('\n').trim();
  return text.length > 0 ? text : null;
}

interface GroupContext {
  company: string | null;
  employmentType: string | null;
  location: string | null;
}

/** One role from its own lines (and its description lines). */
function readRole(lines: readonly string[], description: readonly string[], group: GroupContext | null): LinkedinExperience | null {
  const d = lines.findIndex(isDateLine);
  const before = d >= 0 ? lines.slice(0, d) : lines.slice(0, 2);
  let after = d >= 0 ? lines.slice(d + 1) : lines.slice(2);
  const title = before[0];
  if (!title) return null;
  const fromLines = readCompanyLines(before.slice(1));
  const range = d >= 0 ? parseDateRange(lines[d]!) : null;
  let location: string | null = null;
  if (after[0] !== undefined && looksLikeLocation(after[0])) {
    location = after[0];
    after = after.slice(1);
  }
  return {
    title,
    company: group?.company ?? fromLines.company,
    start: range?.start ?? null,
    end: range?.end ?? null,
    description: joinDescription([...after, ...description]),
    location: location ?? group?.location ?? null,
    employmentType: fromLines.employmentType ?? group?.employmentType ?? null,
  };
}

/**
 * The roles in one experience item: one role, or several roles grouped under
 * one company (the company header, "Full-time · 4 yrs", then nested role items).
 */
export function readExperienceItem(item: Element): LinkedinExperience[] {
  const header = linesOf(item, false);
  if (header.length === 0) return [];
  if (header.some(isDateLine)) {
    const role = readRole(header, nestedLines(item), null);
    return role ? [role] : [];
  }
  const roles = nestedItems(item).filter((role) => linesOf(role, false).some(isDateLine));
  if (roles.length > 0) {
    const rest = header.slice(1);
    const meta = readCompanyLines(rest.filter((l) => splitDots(l).every((p) => isEmploymentType(p) || isDuration(p))));
    const locationLine = rest.find((l) => !splitDots(l).every((p) => isEmploymentType(p) || isDuration(p)) && looksLikeLocation(l));
    const group: GroupContext = { company: header[0]!, employmentType: meta.employmentType, location: locationLine ?? null };
    return roles
      .map((role) => readRole(linesOf(role, false), nestedLines(role), group))
      .filter((r): r is LinkedinExperience => r !== null);
  }
  const role = readRole(header, nestedLines(item), null);
  return role ? [role] : [];
}

/** A school, its degree and its years. */
export function readEducationItem(item: Element): LinkedinEducation | null {
  const lines = linesOf(item, false);
  const school = lines[0];
  if (!school) return null;
  const d = lines.findIndex(isDateLine);
  const range = d >= 0 ? parseDateRange(lines[d]!) : null;
  const degreeLines = d >= 0 ? lines.slice(1, d) : lines.slice(1, 2);
  return {
    school,
    degree: degreeLines.length > 0 ? degreeLines.join(', ') : null,
    start: range?.start ?? null,
    end: range?.end ?? null,
  };
}

/** A certification's name and issuer; issue dates and credential ids are left out. */
export function readCertificationItem(item: Element): LinkedinCertification | null {
  const lines = linesOf(item, false);
  const name = lines[0];
  if (!name) return null;
  const second = lines[1];
  const issuer = second !== undefined && !isCertificationMeta(second) && !isDateLine(second) ? second : null;
  return { name, issuer };
}

/** A skill's name: the first line of its item (endorsements follow it). */
export function readSkillItem(item: Element): string | null {
  return linesOf(item, false)[0] ?? null;
}
