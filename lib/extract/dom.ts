/** Small DOM helpers shared by the extractors; they read text, never markup. */

/** The first element that matches any of the alternatives, in order. */
export function queryFirst(root: ParentNode, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first alternative that matches anything. */
export function queryAllFirst(root: ParentNode, alternatives: readonly string[]): Element[] {
  for (const selector of alternatives) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** Text with runs of white space folded; null when empty. */
export function cleanText(value: string | null | undefined): string | null {
  if (value == null) return null;
  const folded = value.replace(/\s+/g, ' ').trim();
  return folded.length > 0 ? folded : null;
}

/**
 * Cuts a text to a schema's limit for its field, so one overlong value never
 * voids a profile. Absent stays null.
 */
export function clipText(value: string, max: number): string;
export function clipText(value: string | null | undefined, max: number): string | null;
export function clipText(value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  return value.length > max ? value.slice(0, max) : value;
}

export function textOf(el: Element | null): string | null {
  return el ? cleanText(el.textContent) : null;
}

/** Resolves an href against the page URL; null unless it is http(s). */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An inline style that hides: `display: none` or `visibility: hidden`. */
function hidesInline(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Whether an element is not shown: it, or an ancestor up to `root`, carries
 * `hidden` or an inline style that hides it; or, where the page's styles are
 * computed (a live page: a class can hide it too), the browser says it is not
 * visible. `aria-hidden` is not looked at: LinkedIn marks the copy for the eye
 * with it. Reads the DOM only.
 */
export function isNotShown(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) {
    if (p.hasAttribute('hidden') || hidesInline(p)) return true;
    if (p === root) break;
  }
  const check = (el as Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean }).checkVisibility;
  if (typeof check !== 'function') return false;
  try {
    return !check.call(el, { visibilityProperty: true });
  } catch {
    return false;
  }
}
