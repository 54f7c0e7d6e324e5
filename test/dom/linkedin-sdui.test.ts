import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractLinkedinProfile, mergeLinkedinProfiles } from '@/lib/extract/linkedin';
import { linkedinProfileRoots } from '@/lib/extract/linkedin-root';
import { changedWithin } from '@/lib/extract/observe-sections';
import { LinkedinProfile } from '@/lib/schemas/profile';

const SOFIA = 'https://www.linkedin.com/in/sofia-marquez-dev/';

function load(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(name: string, url: string, edit?: (doc: Document) => void): LinkedinProfile {
  const doc = load(name);
  edit?.(doc);
  const profile = extractLinkedinProfile(doc, url);
  if (!profile) throw new Error(`${name} gave no profile`);
  return LinkedinProfile.parse(profile);
}

describe('2026 server-driven profile, right after load (sections below Activity still empty)', () => {
  const profile = read('sdui-lazy-before.html', SOFIA);

  test('the top card: the name from its <h2>, the headline after the visible degree, the location before "Contact info"', () => {
    expect(profile.name).toBe('Sofía Márquez');
    expect(profile.headline).toBe('Backend Engineer · Payments infrastructure in Go and PostgreSQL');
    expect(profile.location).toBe('Buenos Aires, Argentina');
    expect(profile.unrecognised).toBeUndefined();
  });

  test('the visible degree, not the hidden alternate-state copy; "500+" and "connections" read as one count', () => {
    expect(profile.topCardHints).toEqual({
      currentCompany: 'Quetzal Pay',
      school: 'Universidad de Buenos Aires',
      connectionDegree: '2nd',
      connections: '500+',
    });
  });

  test('About and its "Top skills" (the skills are not part of the about text)', () => {
    expect(profile.about).toBe(
      'I build payment ledgers that do not lose money. Eight years of backend work, mostly Go and PostgreSQL, some Java before that.\nCode and talks: github.com/sofimarquez',
    );
    expect(profile.skills).toEqual(['Go', 'PostgreSQL', 'Distributed Systems', 'Kafka']);
    expect(profile.githubUrl).toBe('https://github.com/sofimarquez');
  });

  test('no role or school is made up from the top card: those sections are pending, and the roles incomplete', () => {
    expect(profile.experience).toEqual([]);
    expect(profile.education).toEqual([]);
    expect(profile.pendingSections).toEqual(['experience', 'education', 'skills']);
    expect(profile.experienceComplete).toBe(false);
  });

  test('says the 2026 reader read it', () => {
    expect(profile.strategies).toEqual({ name: 'sdui', headline: 'sdui', location: 'sdui', about: 'sdui', skills: 'sdui' });
    expect(profile.avatarUrl).toBe('https://media.licdn.example/profile-4471029.jpg');
  });

  test('a screen-reader copy beside the visible one is read once (name and headline)', () => {
    const doubled = read('sdui-lazy-before.html', SOFIA, (doc) => {
      const h2 = doc.querySelector('[componentkey$="Topcard"] h2')!;
      h2.replaceChildren();
      for (const hidden of [false, true]) {
        const span = h2.appendChild(doc.createElement('span'));
        if (!hidden) span.setAttribute('aria-hidden', 'true');
        span.className = hidden ? '_q0z' : '_q0y';
        span.textContent = 'Sofía Márquez';
      }
      const headline = doc.querySelector('[componentkey$="Topcard"] p._hl7')!;
      const text = headline.textContent!;
      headline.replaceChildren();
      for (const cls of ['_a', '_b']) Object.assign(headline.appendChild(doc.createElement('span')), { className: cls, textContent: text });
    });
    expect(doubled.name).toBe('Sofía Márquez');
    expect(doubled.headline).toBe('Backend Engineer · Payments infrastructure in Go and PostgreSQL');
  });

  test('a title that names someone else (the page still shows the previous person) gives no name', () => {
    const stale = read('sdui-lazy-before.html', SOFIA, (doc) => {
      doc.title = 'Dario Funes | LinkedIn';
    });
    expect(stale.name).toBeNull();
    expect(stale.headline).toBeNull();
    expect(stale.about).toBeNull();
    expect(stale.skills).toEqual([]);
  });
});

describe('the same profile once scrolled: Experience, Education and Skills have loaded', () => {
  const profile = read('sdui-lazy-after.html', SOFIA);

  test('every role shown, a company with two roles naming it on both, dates as YYYY-MM', () => {
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end, e.employmentType])).toEqual([
      ['Senior Backend Engineer', 'Quetzal Pay', '2024-01', null, 'Full-time'],
      ['Backend Engineer', 'Quetzal Pay', '2022-12', '2023-12', 'Full-time'],
      ['Software Developer', 'Pampa Logística', '2019-03', '2022-11', 'Full-time'],
      ['Web Developer', 'Estudio Sur', '2017', '2019', 'Part-time'],
    ]);
    expect(profile.experience[2]).toMatchObject({ location: 'Rosario, Santa Fe, Argentina', description: 'Route optimisation service in Java and Spring Boot.' });
  });

  test('"Show all 5 experiences" with four shown: the roles are not complete yet', () => {
    expect(profile.experienceComplete).toBe(false);
    expect(profile.pendingSections).toBeUndefined();
  });

  test('education, certifications, and the Skills section joined with the top skills', () => {
    expect(profile.education).toEqual([{ school: 'Universidad de Buenos Aires', degree: 'Licenciatura, Ciencias de la Computación', start: '2012', end: '2017' }]);
    expect(profile.certifications).toEqual([{ name: 'Certified Kubernetes Application Developer (CKAD)', issuer: 'The Linux Foundation' }]);
    expect(profile.skills).toEqual(['Go', 'PostgreSQL', 'Spring Boot', 'Distributed Systems', 'Kafka']);
  });

  test('the top card reads as before', () => {
    expect(profile.name).toBe('Sofía Márquez');
    expect(profile.location).toBe('Buenos Aires, Argentina');
    expect(profile.strategies).toMatchObject({ experience: 'sdui', education: 'sdui', skills: 'sdui', certifications: 'sdui' });
  });
});

describe('"Show all experiences" of the 2026 layout', () => {
  const details = read('sdui-details-experience.html', `${SOFIA}details/experience/`);

  test('lists every role, the grouped ones under their company', () => {
    expect(details.page).toBe('experience');
    expect(details.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Senior Backend Engineer', 'Quetzal Pay', '2024-01', null],
      ['Backend Engineer', 'Quetzal Pay', '2022-12', '2023-12'],
      ['Software Developer', 'Pampa Logística', '2019-03', '2022-11'],
      ['Web Developer', 'Estudio Sur', '2017', '2019'],
      ['Teaching Assistant', 'Universidad de Buenos Aires', '2015-03', '2016-12'],
    ]);
    expect(details.experienceComplete).toBe(true);
    expect(details.strategies).toEqual({ experience: 'sdui' });
  });

  test('completes the main page read before the sections loaded: no longer pending', () => {
    const merged = LinkedinProfile.parse(mergeLinkedinProfiles(read('sdui-lazy-before.html', SOFIA), details));
    expect(merged.name).toBe('Sofía Márquez');
    expect(merged.experience).toHaveLength(5);
    expect(merged.experienceComplete).toBe(true);
    expect(merged.pendingSections).toEqual(['education', 'skills']);
  });

  test('completes the main page read after loading ("Show all 5" → all five)', () => {
    const merged = mergeLinkedinProfiles(read('sdui-lazy-after.html', SOFIA), details);
    expect(merged.experience.map((e) => e.title)).toContain('Teaching Assistant');
    expect(merged.experienceComplete).toBe(true);
  });

  test('still loading (no entries yet): not read, not complete', () => {
    const empty = read('sdui-details-experience.html', `${SOFIA}details/experience/`, (doc) => {
      for (const item of Array.from(doc.querySelectorAll('[componentkey^="entity-collection-item"]'))) item.remove();
    });
    expect(empty.experience).toEqual([]);
    expect(empty.experienceComplete).toBe(false);
    expect(empty.unrecognised).toBe(true);
  });
});

describe('an emoji in the name, a Japanese headline, a 1st-degree view', () => {
  const profile = read('sdui-emoji-japanese.html', 'https://www.linkedin.com/in/kenji-watanabe-jp/');

  test('the emoji is part of the name; the Japanese headline and About are read as written', () => {
    expect(profile.name).toBe('Kenji Watanabe 🚀');
    expect(profile.headline).toBe('シニアソフトウェアエンジニア｜分散システムとGo');
    expect(profile.location).toBe('Tokyo, Japan');
    expect(profile.about).toBe('決済と物流の分散システムを10年間作ってきました。GoとKubernetesが得意です。');
    expect(profile.skills).toEqual(['Go', 'Kubernetes', 'gRPC']);
  });

  test('two degree copies told apart by the buttons (Message, no Connect: 1st); no connections count', () => {
    expect(profile.topCardHints).toEqual({ currentCompany: 'Hoshi Cloud', school: '東京工業大学', connectionDegree: '1st', connections: null });
  });

  test('nothing below Activity has loaded: pending, nothing invented', () => {
    expect(profile.experience).toEqual([]);
    expect(profile.pendingSections).toEqual(['experience', 'education', 'skills']);
    expect(profile.experienceComplete).toBe(false);
  });

  test('a title without the emoji still vouches for the name', () => {
    const plain = read('sdui-emoji-japanese.html', 'https://www.linkedin.com/in/kenji-watanabe-jp/', (doc) => {
      doc.title = '(2) Kenji Watanabe | LinkedIn';
    });
    expect(plain.name).toBe('Kenji Watanabe 🚀');
  });
});

describe('a 3rd-degree view with no About card, every wrapper loaded', () => {
  const profile = read('sdui-third-degree-no-about.html', 'https://www.linkedin.com/in/amara-okonkwo-3/');

  test('name, French headline, location; a top card naming only a school', () => {
    expect(profile.name).toBe('Amara Okonkwo');
    expect(profile.headline).toBe('Ingénieure logicielle · Plateformes de données et Python');
    expect(profile.location).toBe('Lyon, Auvergne-Rhône-Alpes, France');
    expect(profile.topCardHints).toEqual({ currentCompany: null, school: 'INSA Lyon', connectionDegree: '3rd+', connections: '312' });
  });

  test('no About card is no about and no top skills', () => {
    expect(profile.about).toBeNull();
    expect(profile.skills).toEqual(['Python', 'Apache Spark']);
  });

  test('Education and Skills loaded and no Experience section: experience is absent, not pending', () => {
    expect(profile.education).toEqual([{ school: 'INSA Lyon', degree: "Diplôme d'ingénieur, Informatique", start: '2019', end: '2024' }]);
    expect(profile.experience).toEqual([]);
    expect(profile.pendingSections).toBeUndefined();
    expect(profile.experienceComplete).toBe(true);
  });
});

describe('watching the 2026 page for its lazy sections', () => {
  test('the profile screen is a root of the profile, with or without a <main> inside it', () => {
    const before = load('sdui-lazy-before.html');
    expect(before.querySelector('main')).toBeNull();
    expect(linkedinProfileRoots(before).map((r) => r.getAttribute('data-sdui-screen'))).toEqual(['com.linkedin.sdui.flagshipnav.profile.Profile']);
    const withMain = load('sdui-emoji-japanese.html');
    expect(linkedinProfileRoots(withMain)).toEqual([withMain.querySelector('[data-sdui-screen]')]);
    expect(linkedinProfileRoots(load('logged-in-anchored.html')).map((r) => r.tagName)).toEqual(['MAIN']);
  });

  test('a wrapper filling counts as a change of the profile; the messaging overlay does not; a new title does', async () => {
    const doc = document.implementation.createHTMLDocument('Sofía Márquez | LinkedIn');
    const screen = doc.body.appendChild(doc.createElement('div'));
    screen.setAttribute('data-sdui-screen', 'com.linkedin.sdui.flagshipnav.profile.Profile');
    const wrapper = screen.appendChild(doc.createElement('div'));
    wrapper.setAttribute('componentkey', 'profileCardsBelowActivityPart1sofia-marquez-dev');
    const overlay = doc.body.appendChild(doc.createElement('aside'));
    const batches: MutationRecord[][] = [];
    const observer = new MutationObserver((records) => batches.push(records));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

    overlay.appendChild(doc.createElement('p'));
    await flush();
    expect(changedWithin(batches.splice(0).flat(), linkedinProfileRoots(doc))).toBe(false);

    wrapper.appendChild(doc.createElement('section'));
    await flush();
    expect(changedWithin(batches.splice(0).flat(), linkedinProfileRoots(doc))).toBe(true);

    doc.title = 'Dario Funes | LinkedIn';
    await flush();
    expect(changedWithin(batches.splice(0).flat(), linkedinProfileRoots(doc))).toBe(true);
    observer.disconnect();
  });

  test('each new reading as the page fills says more, never less', () => {
    const before = read('sdui-lazy-before.html', SOFIA);
    const after = read('sdui-lazy-after.html', SOFIA);
    expect(JSON.stringify(before)).not.toBe(JSON.stringify(after));
    expect(after.experience.length).toBeGreaterThan(before.experience.length);
    expect(after.name).toBe(before.name);
  });
});
