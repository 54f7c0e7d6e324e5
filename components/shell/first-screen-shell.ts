/**
 * The side panel's first paint, before React has loaded: the tabs' row (not
 * yet clickable), the person's name and, when the panel showed this tab's
 * verdict before and nothing changed since, the verdict card as it was. Plain
 * DOM and text only (every value is set as text, never as markup); React
 * replaces all of it (`hand-off.ts`) once it has read the same state.
 */
import type { FirstScreen } from '@/lib/storage/first-screen-shape';
import { GAUGE_ARC, GAUGE_VIEW_BOX, gaugeDash } from '@/components/gauge-geometry';

export const FIRST_SCREEN_ID = 'first-screen';

export interface ShellContent {
  /** the tabs' labels, the first one current */
  nav: readonly string[];
  /** the verdict card as last shown, when still true */
  screen: FirstScreen | null;
  /** the person's name on this tab, when read (shown while the verdict is not known yet) */
  name: string | null;
  /** "Reading the profile…" */
  reading: string;
}

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The same half ring as the React card's gauge, in the verdict's tone. */
function gauge(score: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ class: 'gauge', viewBox: GAUGE_VIEW_BOX, width: '64', height: '36', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  const arc = (stroke: string, dash?: string) => {
    const path = document.createElementNS(SVG, 'path');
    for (const [k, v] of Object.entries({ d: GAUGE_ARC, fill: 'none', stroke, 'stroke-width': '10', 'stroke-linecap': 'round' })) path.setAttribute(k, v);
    if (dash) path.setAttribute('stroke-dasharray', dash);
    return path;
  };
  svg.append(arc('var(--border)'), arc('currentColor', gaugeDash(score)));
  return svg;
}

function personCard(name: string, screen: FirstScreen | null): HTMLElement {
  const meta = el('div', { class: 'muted small card-meta' });
  if (screen) {
    meta.append(el('span', {}, screen.handle));
    if (screen.location) meta.append(el('span', {}, ` · ${screen.location}`));
  }
  return el(
    'header',
    { class: 'card' },
    el('div', { class: 'avatar-placeholder', 'aria-hidden': 'true' }),
    el('div', { class: 'card-text' }, el('h1', { 'data-first-screen': 'name' }, name), meta, screen?.subtitle ? el('p', { class: 'subtitle' }, screen.subtitle) : null),
  );
}

function roleLine(s: FirstScreen): HTMLElement {
  const line = el('div', { class: 'verdict-role muted small' }, s.roleLine);
  if (s.provisional) line.append(' · ', el('span', { class: 'incomplete-mark' }, s.provisional));
  return line;
}

/** Where the role picker will be: its label and the role, not yet a control. */
function rolePlaceholder(s: FirstScreen): HTMLElement {
  return el('div', { class: 'role-picker' }, el('span', { class: 'role-picker-label' }, s.roleLead), el('span', { class: 'shell-role' }, s.roleName));
}

function verdictCard(s: FirstScreen): HTMLElement {
  const label = el('h2', { class: 'verdict-label' }, el('span', { class: 'verdict-name' }, s.label));
  if (s.score !== null) label.append(el('span', { class: 'score-number' }, el('span', {}, String(s.score)), el('span', { class: 'score-of' }, '/100')));
  const head = el('div', { class: 'verdict-head' }, s.score === null ? null : gauge(s.score), el('div', { class: 'verdict-words' }, label, roleLine(s)));
  const musts = el('div', { class: 'verdict-musts' }, el('p', { class: 'verdict-line' }, s.summary));
  if (s.gaps.length > 0) {
    musts.append(el('ul', { class: 'verdict-gaps' }, ...s.gaps.map((g) => el('li', { class: `gap-${g.kind}` }, el('span', { class: 'gap-kind' }, `${g.lead}:`), ` ${g.items}`))));
  }
  return el(
    'section',
    { class: `verdict-card ${s.tone}`, 'data-first-screen': 'verdict', 'data-verdict': s.verdict },
    head,
    el('p', { class: 'verdict-line' }, el('strong', {}, s.seniority)),
    musts,
    s.reasons.length > 0 ? el('ul', { class: 'verdict-reasons' }, ...s.reasons.map((r) => el('li', {}, r))) : null,
    s.evidence.length > 0 ? el('div', { class: 'verdict-evidence' }, el('h3', { class: 'verdict-subhead' }, s.evidenceLead), el('ul', {}, ...s.evidence.map((e) => el('li', {}, e)))) : null,
    s.question ? el('p', { class: 'verdict-question' }, el('span', { class: 'verdict-subhead' }, `${s.question.lead}:`), ` ${s.question.text}`) : null,
  );
}

/** Paints the first screen into `host` (replacing what it held). */
export function paintFirstScreen(host: HTMLElement, content: ShellContent): void {
  const nav = el('div', { class: 'nav', 'aria-hidden': 'true' }, ...content.nav.map((label, i) => el('span', { class: i === 0 ? 'nav-item active shell-nav-item' : 'nav-item shell-nav-item' }, label)));
  const panel = el('div', { class: 'panel shell', 'aria-busy': 'true' }, nav);
  const name = content.screen?.name ?? content.name;
  if (name) panel.append(personCard(name, content.screen));
  if (content.screen) panel.append(rolePlaceholder(content.screen), verdictCard(content.screen));
  else if (name) panel.append(el('p', { class: 'verdict-card tone-none muted' }, content.reading));
  host.replaceChildren(panel);
}
