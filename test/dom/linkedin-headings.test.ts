import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractLinkedinProfile } from '@/lib/extract/linkedin';
import { LinkedinProfile } from '@/lib/schemas/profile';

function load(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(name: string, url: string): LinkedinProfile {
  const profile = extractLinkedinProfile(load(name), url);
  if (!profile) throw new Error(`${name} gave no profile`);
  return LinkedinProfile.parse(profile);
}

describe('hashed class names, no ids: sections found by their headings', () => {
  const profile = read('hashed-headings.html', 'https://www.linkedin.com/in/tomas-okafor/');

  test('the top card: name, then the headline past the pronouns and connection degree', () => {
    expect(profile.name).toBe('Tomás Okafor');
    expect(profile.headline).toBe('Staff Engineer at Lattice Compilers · Rust, LLVM');
    expect(profile.location).toBe('Lagos, Lagos State, Nigeria');
    expect(profile.about).toMatch(/^Compiler engineer\. I write about parsers/);
  });

  test('grouped roles under a company header with "Full-time · 5 yrs 4 mos"', () => {
    expect(profile.experience.slice(0, 2)).toEqual([
      expect.objectContaining({ title: 'Staff Engineer', company: 'Lattice Compilers', start: '2022-04', end: null, location: 'Remote', employmentType: 'Full-time' }),
      expect.objectContaining({ title: 'Senior Software Engineer', company: 'Lattice Compilers', start: '2019-09', end: '2022-03' }),
    ]);
    expect(profile.experience[0]?.description).toBe('Owns the build system and the compiler front end.');
  });

  test('a contract role: the employment type is not the company, the place is not the description', () => {
    expect(profile.experience[2]).toEqual({
      title: 'Software Engineer',
      company: 'Brightline Logistics',
      start: '2017-06',
      end: '2019-08',
      description: 'Route planning service in Java and Spring Boot, later ported to Kotlin.',
      location: 'Lagos, Lagos State, Nigeria',
      employmentType: 'Contract',
    });
    expect(profile.experience[3]).toMatchObject({ title: 'Intern', company: 'Open Source Initiative Lagos', start: '2016' });
  });

  test('education, skills (a repeated screen-reader line read once), certifications', () => {
    expect(profile.education).toEqual([{ school: 'University of Lagos', degree: 'BSc, Computer Engineering', start: '2012', end: '2016' }]);
    expect(profile.skills).toEqual(['Rust', 'Compilers', 'Java']);
    expect(profile.certifications).toEqual([{ name: 'Oracle Certified Professional: Java SE 11 Developer', issuer: 'Oracle' }]);
  });

  test('the GitHub link behind LinkedIn’s redirect, a repository, becomes the user URL', () => {
    expect(profile.githubUrl).toBe('https://github.com/tokafor');
  });

  test('"Show all 4 experiences" with four roles read is complete; headings read every section', () => {
    expect(profile.experienceComplete).toBe(true);
    expect(profile.strategies).toEqual({
      name: 'headings', headline: 'headings', location: 'headings', about: 'headings',
      experience: 'headings', education: 'headings', skills: 'headings', certifications: 'headings',
    });
  });
});

describe('a German-language profile', () => {
  const profile = read('german-headings.html', 'https://www.linkedin.com/in/lena-hartmann/');

  test('Info, Berufserfahrung, Ausbildung, Kenntnisse, Bescheinigungen und Zertifikate', () => {
    expect(profile.name).toBe('Lena Hartmann');
    expect(profile.about).toMatch(/^Ich baue verteilte Systeme/);
    expect(profile.education.map((e) => e.school)).toEqual(['Technische Universität München', 'Hochschule Darmstadt']);
    expect(profile.skills).toEqual(['Java', 'Spring Boot', 'Apache Kafka', 'Docker']);
    expect(profile.certifications).toEqual([{ name: 'Professional Scrum Master I', issuer: 'Scrum.org' }]);
  });

  test('"Mär. 2021 – Heute" is current; "Mai 2019 – Dez. 2021 · 2 J. 8 Mon." ends in December', () => {
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end, e.employmentType])).toEqual([
      ['Softwarearchitektin', 'Rheinwerk Logistik GmbH', '2021-03', null, 'Vollzeit'],
      ['Backend-Entwicklerin', 'Datenhafen AG', '2019-05', '2021-12', 'Vollzeit'],
      ['Werkstudentin Softwareentwicklung', null, '2016-10', '2019-04', 'Teilzeit'],
    ]);
    expect(profile.experience[0]?.location).toBe('Köln, Nordrhein-Westfalen, Deutschland · Hybrid');
    expect(profile.education[1]).toMatchObject({ start: '2010-10', end: '2014-09' });
  });

  test('a plain github.com URL in the about text', () => {
    expect(profile.githubUrl).toBe('https://github.com/lenahartmann');
  });
});

describe('a French profile with three roles at one company', () => {
  const profile = read('french-grouped-roles.html', 'https://www.linkedin.com/in/camille-rousseau/');

  test('Expérience: every role of the group names the company; "aujourd’hui" is current', () => {
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end, e.employmentType])).toEqual([
      ['Responsable technique', 'Comptoir Numérique', '2022-01', null, 'Temps plein'],
      ['Développeur backend senior', 'Comptoir Numérique', '2019-09', '2021-12', 'Temps plein'],
      ['Développeur backend', 'Comptoir Numérique', '2019-02', '2019-08', 'Stage'],
      ['Développeur PHP', 'Atelier Web Rhône', '2017', '2018', 'Freelance'],
    ]);
  });

  test('Formation and Compétences; no about section is no about', () => {
    expect(profile.education).toEqual([{ school: 'INSA Lyon', degree: "Diplôme d'ingénieur, Informatique", start: '2014', end: '2019' }]);
    expect(profile.skills).toEqual(['PHP', 'Symfony', 'PostgreSQL']);
    expect(profile.about).toBeNull();
    expect(profile.certifications).toEqual([]);
  });
});

describe('Spanish and Portuguese headings', () => {
  function page(lang: string, sections: [string, string[][]][]): Document {
    const doc = document.implementation.createHTMLDocument('x');
    doc.documentElement.lang = lang;
    const main = doc.body.appendChild(doc.createElement('main'));
    const top = main.appendChild(doc.createElement('section'));
    top.appendChild(doc.createElement('h1')).textContent = 'Persona Ejemplo';
    top.appendChild(doc.createElement('p')).textContent = 'Ingeniera de software';
    for (const [heading, items] of sections) {
      const section = main.appendChild(doc.createElement('section'));
      section.appendChild(doc.createElement('h2')).textContent = heading;
      const ul = section.appendChild(doc.createElement('ul'));
      for (const lines of items) {
        const li = ul.appendChild(doc.createElement('li'));
        for (const line of lines) li.appendChild(doc.createElement('p')).textContent = line;
      }
    }
    return doc;
  }

  test('Experiencia, Educación, Aptitudes, Licencias y certificaciones', () => {
    const doc = page('es', [
      ['Experiencia', [['Ingeniera de datos', 'Banco Sol · Jornada completa', 'ene. 2020 - actualidad · 4 años 11 meses', 'Madrid, España']]],
      ['Educación', [['Universidad de Sevilla', 'Grado, Informática', '2014 - 2018']]],
      ['Aptitudes', [['Python'], ['Apache Spark']]],
      ['Licencias y certificaciones', [['Google Cloud Professional Data Engineer', 'Google', 'Expedición: mar. 2022']]],
    ]);
    const profile = LinkedinProfile.parse(extractLinkedinProfile(doc, 'https://www.linkedin.com/in/persona-ejemplo/'));
    expect(profile.experience).toEqual([
      { title: 'Ingeniera de datos', company: 'Banco Sol', start: '2020-01', end: null, description: null, location: 'Madrid, España', employmentType: 'Jornada completa' },
    ]);
    expect(profile.education[0]?.school).toBe('Universidad de Sevilla');
    expect(profile.skills).toEqual(['Python', 'Apache Spark']);
    expect(profile.certifications).toEqual([{ name: 'Google Cloud Professional Data Engineer', issuer: 'Google' }]);
  });

  test('Experiência, Formação acadêmica, Competências, Licenças e certificados', () => {
    const doc = page('pt', [
      ['Experiência', [['Desenvolvedora backend', 'Ipê Tecnologia · Tempo integral', 'jan. de 2020 - o momento · 4 anos 11 meses'], ['Estagiária', 'Estágio', 'fev. de 2018 - dez. de 2019']]],
      ['Formação acadêmica', [['Universidade de São Paulo', 'Bacharelado, Ciência da Computação', '2015 - 2019']]],
      ['Competências', [['Node.js']]],
      ['Licenças e certificados', [['AWS Certified Solutions Architect', 'Amazon Web Services (AWS)']]],
    ]);
    const profile = LinkedinProfile.parse(extractLinkedinProfile(doc, 'https://www.linkedin.com/in/persona-ejemplo/'));
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end, e.employmentType])).toEqual([
      ['Desenvolvedora backend', 'Ipê Tecnologia', '2020-01', null, 'Tempo integral'],
      ['Estagiária', null, '2018-02', '2019-12', 'Estágio'],
    ]);
    expect(profile.education[0]).toMatchObject({ school: 'Universidade de São Paulo', start: '2015', end: '2019' });
    expect(profile.skills).toEqual(['Node.js']);
    expect(profile.certifications[0]?.issuer).toBe('Amazon Web Services (AWS)');
  });
});

describe('hashed layout drawn with <div>s only, no list markup', () => {
  const profile = read('hashed-divs.html', 'https://www.linkedin.com/in/aino-virtanen/');

  test('roles are read as items of the section, by line structure', () => {
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end, e.employmentType])).toEqual([
      ['Data Engineer', 'Polar Freight', '2022-02', null, 'Full-time'],
      ['Analytics Engineer', 'Sauna Labs Oy', '2019-08', '2022-01', null],
      ['Research Assistant', 'University of Helsinki', '2017', '2019', 'Part-time'],
    ]);
    expect(profile.experience[0]?.description).toBe('Airflow pipelines and a dbt warehouse on BigQuery.');
  });

  test('a section with a single item is one item, not one item per line', () => {
    expect(profile.education).toEqual([{ school: 'Aalto University', degree: 'Master of Science, Data Science', start: '2015', end: '2017' }]);
  });

  test('the "Show all 18 skills" footer is not a skill', () => {
    expect(profile.skills).toEqual(['Python', 'dbt', 'Apache Airflow']);
  });
});

describe('a heading becomes a name only when the page vouches for it', () => {
  function hashedPage(title: string | null, alt: string | null): Document {
    const doc = load('hashed-h2-name.html');
    if (title === null) doc.querySelector('title')?.remove();
    else doc.title = title;
    const img = doc.querySelector('section img');
    if (alt === null) img?.removeAttribute('alt');
    else img?.setAttribute('alt', alt);
    return doc;
  }

  test('name in an <h2>, vouched by the title and the photo: name, headline and location', () => {
    const profile = read('hashed-h2-name.html', 'https://www.linkedin.com/in/mateus-oliveira-dev/');
    expect(profile.name).toBe('Mateus Oliveira');
    expect(profile.headline).toBe('Engenheiro de software backend | Java, Kotlin e PostgreSQL');
    expect(profile.location).toBe('São Paulo, São Paulo, Brasil');
    expect(profile.strategies).toMatchObject({ name: 'headings', headline: 'headings', location: 'headings', experience: 'headings' });
    expect(profile.unrecognised).toBeUndefined();
  });

  test('…and its roles, for seniority', () => {
    const profile = read('hashed-h2-name.html', 'https://www.linkedin.com/in/mateus-oliveira-dev/');
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Engenheiro de Software Sênior', 'Ipê Pagamentos', '2021-03', null],
      ['Desenvolvedor Java', 'Cerrado Sistemas', '2017-01', '2021-02'],
    ]);
    expect(profile.education[0]?.school).toBe('Universidade Estadual de Campinas');
  });

  test('the photo alone vouches when the title names no one', () => {
    const profile = LinkedinProfile.parse(extractLinkedinProfile(hashedPage('LinkedIn', 'Mateus Oliveira'), 'https://www.linkedin.com/in/mateus-oliveira-dev/'));
    expect(profile.name).toBe('Mateus Oliveira');
  });

  test('nothing vouches: no name (unrecognised), but the roles read are kept', () => {
    const profile = LinkedinProfile.parse(extractLinkedinProfile(hashedPage(null, null), 'https://www.linkedin.com/in/mateus-oliveira-dev/'));
    expect(profile.name).toBeNull();
    expect(profile.headline).toBeNull();
    expect(profile.unrecognised).toBe(true);
    expect(profile.experience).toHaveLength(2);
    expect(profile.education).toHaveLength(1);
  });

  test('a title naming someone else: no name', () => {
    const profile = extractLinkedinProfile(hashedPage('Someone Else | LinkedIn', 'Mateus Oliveira'), 'https://www.linkedin.com/in/mateus-oliveira-dev/');
    expect(profile?.name).toBeNull();
  });

  test('a lone <h1> with nothing to vouch for it is not a person', () => {
    const doc = new DOMParser().parseFromString('<html><head><title>LinkedIn</title></head><body><main><section><h1>Join Now</h1><p>Berlin, Germany</p></section></main></body></html>', 'text/html');
    const profile = extractLinkedinProfile(doc, 'https://www.linkedin.com/in/ana-silva/');
    expect(profile).toMatchObject({ name: null, headline: null, location: null, unrecognised: true });
  });

  test('og:title or the JSON-LD Person vouch too', () => {
    const og = new DOMParser().parseFromString(
      '<html><head><meta property="og:title" content="Ana Silva"></head><body><main><section><h1>Ana Silva</h1><p>Data Engineer</p></section></main></body></html>',
      'text/html',
    );
    expect(extractLinkedinProfile(og, 'https://www.linkedin.com/in/ana-silva/')?.name).toBe('Ana Silva');
  });
});

describe('the 2025 hashed layout is still read by headings where the 2026 reader does not run', () => {
  test('an About card keyed like a 2026 card, on a page without the 2026 screen or top card, is read', () => {
    const doc = load('hashed-headings.html');
    const about = Array.from(doc.querySelectorAll('section')).find((s) => s.querySelector('h2')?.textContent === 'About');
    about?.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.ref79426About');
    const profile = LinkedinProfile.parse(extractLinkedinProfile(doc, 'https://www.linkedin.com/in/tomas-okafor/'));
    expect(profile.about).toMatch(/^Compiler engineer\./);
    expect(profile.strategies?.['about']).toBe('headings');
    expect(profile.name).toBe('Tomás Okafor');
  });
});
