/**
 * Extraction time of a large LinkedIn profile (30 roles, 50 skills) in each
 * layout family. Prints figures; asserts nothing about time.
 */
import { Window } from 'happy-dom';
import { test } from 'vitest';
import { extractLinkedinProfile } from '../../lib/extract/linkedin';
import { medianMs, report } from './report';

const ROLES = 30;
const SKILLS = 50;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Builds the anchored (logged-in) layout with the DOM API, text as text. */
function anchoredProfile(doc: Document): void {
  const main = doc.body.appendChild(doc.createElement('main'));
  const top = main.appendChild(doc.createElement('section'));
  top.className = 'pv-top-card';
  const h1 = top.appendChild(doc.createElement('h1'));
  h1.className = 'text-heading-xlarge';
  h1.textContent = 'Bench Person';
  const visible = (parent: Element, text: string) => {
    const outer = parent.appendChild(doc.createElement('span'));
    const shown = outer.appendChild(doc.createElement('span'));
    shown.setAttribute('aria-hidden', 'true');
    shown.textContent = text;
    const hidden = outer.appendChild(doc.createElement('span'));
    hidden.className = 'visually-hidden';
    hidden.textContent = text;
  };
  const section = (id: string) => {
    const s = main.appendChild(doc.createElement('section'));
    s.appendChild(doc.createElement('div')).id = id;
    visible(s.appendChild(doc.createElement('h2')), id);
    const ul = s.appendChild(doc.createElement('ul'));
    ul.className = 'pvs-list';
    return ul;
  };
  const experience = section('experience');
  for (let i = 0; i < ROLES; i++) {
    const li = experience.appendChild(doc.createElement('li'));
    const year = 2024 - i;
    visible(li, `Role ${i + 1}`);
    visible(li, `Company ${i + 1} · Full-time`);
    visible(li, `${MONTHS[i % 12]} ${year - 1} - ${i === 0 ? 'Present' : `${MONTHS[(i + 5) % 12]} ${year}`} · 1 yr 4 mos`);
    visible(li, 'Berlin, Germany · Hybrid');
    const sub = li.appendChild(doc.createElement('ul')).appendChild(doc.createElement('li'));
    visible(sub, 'Built services in Go and PostgreSQL; ran Kafka pipelines; '.repeat(8));
  }
  const skills = section('skills');
  for (let i = 0; i < SKILLS; i++) {
    const li = skills.appendChild(doc.createElement('li'));
    visible(li, `Skill ${i + 1}`);
    visible(li, `${i} endorsements`);
  }
}

/** The same person in the hashed-class layout: found by headings, read by lines. */
function hashedProfile(doc: Document): void {
  const main = doc.body.appendChild(doc.createElement('main'));
  main.appendChild(doc.createElement('section')).appendChild(doc.createElement('h1')).textContent = 'Bench Person';
  const section = (heading: string) => {
    const s = main.appendChild(doc.createElement('section'));
    s.appendChild(doc.createElement('h2')).textContent = heading;
    return s.appendChild(doc.createElement('ul'));
  };
  const experience = section('Experience');
  for (let i = 0; i < ROLES; i++) {
    const li = experience.appendChild(doc.createElement('li'));
    for (const line of [`Role ${i + 1}`, `Company ${i + 1} · Full-time`, `Jan ${2000 + i} - Dec ${2001 + i}`, 'Remote', 'Shipped things. '.repeat(20)]) {
      li.appendChild(doc.createElement('p')).textContent = line;
    }
  }
  const skills = section('Skills');
  for (let i = 0; i < SKILLS; i++) skills.appendChild(doc.createElement('li')).appendChild(doc.createElement('p')).textContent = `Skill ${i + 1}`;
}

test('linkedin extraction on a large profile', async () => {
  for (const [layout, build] of [['anchored', anchoredProfile], ['headings', hashedProfile]] as const) {
    const window = new Window({ url: 'https://www.linkedin.com/in/bench-person/' });
    const doc = window.document as unknown as Document;
    build(doc);
    const url = 'https://www.linkedin.com/in/bench-person/';
    const read = extractLinkedinProfile(doc, url);
    if (read?.experience.length !== ROLES || read.skills.length !== SKILLS) {
      throw new Error(`bench profile misread in ${layout}: ${read?.experience.length} roles, ${read?.skills.length} skills`);
    }
    report(`linkedin.extract.${layout} (30 roles, 50 skills)`, await medianMs(20, () => extractLinkedinProfile(doc, url)), 'ms', '< 50 ms');
    await window.happyDOM.close();
  }
});
