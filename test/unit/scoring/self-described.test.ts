import { describe, expect, test } from 'vitest';
import {
  SelfDescribedSeniority, selfDescribedSeniority, type SelfDescription, type SelfDescriptionSource,
} from '../../../lib/scoring/self-described';

const read = (text: string, source: SelfDescriptionSource = 'linkedin-headline') => selfDescribedSeniority([{ source, text }]);
const band = (text: string, source: SelfDescriptionSource = 'linkedin-headline') => read(text, source)?.band ?? null;

describe('headlines and bios a recruiter would read as a level', () => {
  test.each([
    // senior
    ['Senior Software Engineer at Spotify', 'senior', 'Senior Software Engineer'],
    ['Sr. Backend Engineer @ Stripe | Go, Kafka, Postgres', 'senior', 'Sr. Backend Engineer'],
    ['Sr Software Developer - Payments', 'senior', 'Sr Software Developer'],
    ['Senior Full-Stack .NET Developer', 'senior', 'Senior Full-Stack .NET Developer'],
    ['Senior Ruby on Rails Developer | Remote', 'senior', 'Senior Ruby on Rails Developer'],
    ['Staff Engineer at Shopify', 'senior', 'Staff Engineer'],
    ['Staff Software Engineer, Platform', 'senior', 'Staff Software Engineer'],
    ['Principal Engineer · Distributed systems', 'senior', 'Principal Engineer'],
    ['Lead Backend Developer at N26', 'senior', 'Lead Backend Developer'],
    ['Tech Lead | Java, Kotlin, Spring', 'senior', 'Tech Lead'],
    ['Team Lead & Python Developer', 'senior', 'Team Lead'],
    ['Head of Engineering at a fintech startup', 'senior', 'Head of Engineering'],
    ['VP of Engineering', 'senior', 'VP of Engineering'],
    ['Engineering Manager, Payments Platform', 'senior', 'Engineering Manager'],
    ['Co-founder & CTO', 'senior', 'CTO'],
    ['Software Architect | AWS | Microservices', 'senior', 'Software Architect'],
    ['Solutions Architect at AWS', 'senior', 'Solutions Architect'],
    ['SDE III at Amazon', 'senior', 'SDE III'],
    ['Software Engineer | Former Senior Developer at SAP', 'senior', 'Senior Developer'],
    // mid
    ['Mid-level Python Developer', 'mid', 'Mid-level Python Developer'],
    ['Intermediate Software Developer at Shopify', 'mid', 'Intermediate Software Developer'],
    ['Software Engineer II at Microsoft', 'mid', 'Software Engineer II'],
    ['Medior Backend Developer', 'mid', 'Medior Backend Developer'],
    // junior
    ['Junior Python developer', 'junior', 'Junior Python developer'],
    ['Jr. Frontend Developer | React', 'junior', 'Jr. Frontend Developer'],
    ['Computer Science Student at TU Munich', 'junior', 'Student'],
    ['Software Engineering Intern at Shopify', 'junior', 'Intern'],
    ['Graduate Software Engineer at BAE Systems', 'junior', 'Graduate Software Engineer'],
    ['Recent Computer Science graduate looking for backend roles', 'junior', 'Recent Computer Science graduate'],
    ['Trainee Developer', 'junior', 'Trainee Developer'],
    ['Aspiring Full Stack Developer | MERN', 'junior', 'Aspiring Full Stack Developer'],
    ['Entry-level developer open to work', 'junior', 'Entry-level developer'],
    ['New grad SWE', 'junior', 'New grad'],
    ['Software Engineer I at Google', 'junior', 'Software Engineer I'],
    ['Senior Software Engineer Intern at Meta', 'junior', 'Intern'],
  ] as const)('%s → %s', (text, expected, phrase) => {
    const r = read(text);
    expect(r?.band).toBe(expected);
    expect(r?.phrase).toBe(phrase);
    expect(r?.source).toBe('linkedin-headline');
    expect(r?.years).toBeNull();
  });
});

describe('German, French, Spanish and Portuguese titles', () => {
  test.each([
    ['Werkstudent Softwareentwicklung bei SAP', 'junior'],
    ['Praktikantin Backend-Entwicklung', 'junior'],
    ['Senior Softwareentwickler bei Zalando', 'senior'],
    ['Teamleiter Softwareentwicklung', 'senior'],
    ['Développeur Full Stack Junior', 'junior'],
    ['Développeuse back-end confirmée', 'mid'],
    ['Étudiant en informatique à l’EPITA', 'junior'],
    ['Stagiaire développeur chez Doctolib', 'junior'],
    ['Desarrollador Backend Senior en Mercado Libre', 'senior'],
    ['Desarrollador Semi Senior | Node.js', 'mid'],
    ['Becario de desarrollo en Telefónica', 'junior'],
    ['Desenvolvedor Backend Pleno', 'mid'],
    ['Desenvolvedora Júnior | Java', 'junior'],
    ['Engenheiro de Software Sênior no Nubank', 'senior'],
    ['Estagiário de Desenvolvimento', 'junior'],
    ['Tech Lead na iFood', 'senior'],
  ] as const)('%s → %s', (text, expected) => {
    expect(band(text)).toBe(expected);
  });
});

describe('stated figures map by the bands junior 0–2, mid 2–5, senior 5+', () => {
  test.each([
    ['Backend Engineer | 10+ years | Python, Go', 'senior', 10, '10+ years'],
    ['8 years of experience building payment systems', 'senior', 8, '8 years of experience'],
    ['Java developer with 3 years’ experience', 'mid', 3, '3 years’ experience'],
    ['Python developer, 1 year of professional experience', 'junior', 1, '1 year of professional experience'],
    ['Over 12 years in the software industry', 'senior', 12, 'Over 12 years in the software industry'],
    ['15 years building backend systems', 'senior', 15, '15 years building'],
    ['two decades of engineering experience', 'senior', 20, 'two decades of engineering experience'],
    ['Over a decade of experience with distributed systems', 'senior', 10, 'Over a decade of experience'],
    ['five years of Python experience', 'senior', 5, 'five years of Python experience'],
    ['3-5 years of experience in web development', 'mid', 3, '3-5 years of experience'],
    ['Backend developer, 2 years of experience', 'mid', 2, '2 years of experience'],
    ['Entwickler mit 10 Jahren Berufserfahrung', 'senior', 10, '10 Jahren Berufserfahrung'],
    ["Développeur avec 4 ans d'expérience", 'mid', 4, "4 ans d'expérience"],
    ['+10 años de experiencia en backend', 'senior', 10, '+10 años de experiencia'],
    ['6 anos de experiência com Java', 'senior', 6, '6 anos de experiência'],
    ['I have been programming for 20 years.', 'senior', 20, 'programming for 20 years'],
    ['Software developer for the past 6 years', 'senior', 6, 'Software developer for the past 6 years'],
  ] as const)('%s → %s, %d years', (text, expected, years, phrase) => {
    const r = read(text);
    expect(r?.band).toBe(expected);
    expect(r?.years).toBe(years);
    expect(r?.phrase).toBe(phrase);
  });

  test('a title gives the band; a figure beside it gives the years', () => {
    expect(read('Senior Backend Engineer | 4 years of experience')).toEqual({
      band: 'senior',
      years: 4,
      phrase: 'Senior Backend Engineer · 4 years of experience',
      source: 'linkedin-headline',
    });
  });

  test('of several figures in one text, the largest is the career', () => {
    expect(read('12 years of experience, 4 years of experience with Go', 'linkedin-about')?.years).toBe(12);
  });
});

describe('what should not count', () => {
  test.each([
    'Mentoring junior developers and working with juniors',
    'I love working with juniors and helping them grow',
    'Mentoring a junior developer every week',
    'Board member at Junior Achievement',
    'Lead generation specialist | B2B SaaS',
    'Lead (Pb) exposure researcher',
    'Hiring a Senior Backend Engineer! DM me',
    "We're hiring Senior Engineers in Berlin",
    'Talent Partner | hiring senior developers',
    'Lifelong student of distributed systems',
    'Student of life. Backend developer.',
    'Former intern at Google, now building things',
    'Ex-intern @ Stripe',
    'Aspiring Senior Engineer',
    'Senior management consultant',
    'Senior year at Stanford, studying economics',
    'Staff augmentation consultant',
    'I lead engineering teams',
    'Developer experience lead-in',
    'Backend Engineer. 10 years old when I wrote my first program.',
    'I started coding 15 years ago',
    'In 5 years I want to be an architect of buildings',
    'Principal component analysis enthusiast',
    'Senior at UC Berkeley | CS major',
    'I report to a senior engineer',
    'Learning from a senior developer every day',
    'I lived in Berlin for 5 years',
    'Lead Guitarist & Software Developer',
    'Internal tools developer',
    'Backend developer',
    '',
  ])('%s → nothing', (text) => {
    expect(read(text)).toBeNull();
  });

  test('the about text tells a story: a past internship or a past junior role is not the present', () => {
    const about =
      'I started as a junior developer at a small agency in 2012 and was an intern at IBM before that. ' +
      'As a student I built games. Today I design payment systems.';
    expect(read(about, 'linkedin-about')).toBeNull();
  });

  test('a promotion is read at its end', () => {
    expect(band('Promoted from junior developer to Senior Engineer in 2020.', 'linkedin-about')).toBe('senior');
  });

  test('a status word in the about text counts when said in the present', () => {
    const r = read("Hi! I'm a final-year Computer Science student at KTH, building APIs with Django.", 'linkedin-about');
    expect(r?.band).toBe('junior');
    expect(r?.source).toBe('linkedin-about');
  });

  test('seeking a level is saying it of oneself; hiring for it is not', () => {
    expect(band('Looking for junior developer roles in Berlin')).toBe('junior');
    expect(band('Open to Senior Backend Engineer positions')).toBe('senior');
    expect(band('Hiring for Senior Backend Engineer roles')).toBeNull();
  });
});

describe('which source wins', () => {
  test('the headline weighs over the about text', () => {
    const texts: SelfDescription[] = [
      { source: 'linkedin-about', text: "I'm currently a student of computer science." },
      { source: 'linkedin-headline', text: 'Senior Data Engineer at Bosch' },
    ];
    const r = selfDescribedSeniority(texts);
    expect(r?.band).toBe('senior');
    expect(r?.source).toBe('linkedin-headline');
    expect(r?.phrase).toBe('Senior Data Engineer');
  });

  test('the headline weighs over the GitHub bio, and the bio over the about text', () => {
    expect(
      selfDescribedSeniority([
        { source: 'github-bio', text: 'Junior dev learning Rust' },
        { source: 'linkedin-headline', text: 'Software Engineer II at Microsoft' },
      ])?.band,
    ).toBe('mid');
    expect(
      selfDescribedSeniority([
        { source: 'linkedin-about', text: 'Senior engineer with a passion for mentoring.' },
        { source: 'github-bio', text: 'Junior Python developer' },
      ]),
    ).toMatchObject({ band: 'junior', source: 'github-bio' });
  });

  test('a source that says nothing gives way to the next one', () => {
    const r = selfDescribedSeniority([
      { source: 'linkedin-headline', text: 'Backend Engineer at Acme' },
      { source: 'github-bio', text: 'Tech Lead. Go and Postgres.' },
    ]);
    expect(r).toMatchObject({ band: 'senior', source: 'github-bio', phrase: 'Tech Lead' });
  });

  test('a figure stated in the about text gives the years to a title in the headline', () => {
    const r = selfDescribedSeniority([
      { source: 'linkedin-headline', text: 'Senior Backend Engineer at Acme' },
      { source: 'linkedin-about', text: 'Over 12 years of experience designing APIs in Python and Go.' },
    ]);
    expect(r).toEqual({
      band: 'senior',
      years: 12,
      phrase: 'Senior Backend Engineer · Over 12 years of experience',
      source: 'linkedin-headline',
    });
  });

  test('in one text, the title beats a status word, whatever the order', () => {
    expect(band("Master's student | Senior Data Engineer at Bosch")).toBe('senior');
    expect(band('Lead Developer, part-time MSc student')).toBe('senior');
  });

  test('the first title in a text is the one the person leads with', () => {
    expect(band('Junior Developer → Senior Engineer someday')).toBe('junior');
  });
});

describe('the result', () => {
  test('passes its schema', () => {
    for (const text of ['Senior Software Engineer at X', 'Backend Engineer | 10+ years', 'CS student', 'Desarrollador Semi Senior']) {
      const r = read(text);
      expect(r, text).not.toBeNull();
      expect(SelfDescribedSeniority.safeParse(r).success, text).toBe(true);
    }
  });

  test('no texts, or texts that say nothing, give null', () => {
    expect(selfDescribedSeniority([])).toBeNull();
    expect(selfDescribedSeniority([{ source: 'github-bio', text: '   ' }])).toBeNull();
    expect(selfDescribedSeniority([{ source: 'github-bio', text: 'I like Go and coffee.' }])).toBeNull();
  });

  test('a figure beyond a career is not read', () => {
    expect(read('60 years of experience in Linux (jk)')).toBeNull();
  });
});
