/**
 * Candidate profiles for calibration, written by hand: the evidence a GitHub
 * reading and a LinkedIn page would give for six typical people.
 */
import type { EvidenceSource, SkillEvidence } from '../../../lib/schemas/evidence';
import type { LinkedinExperience, LinkedinProfile } from '../../../lib/schemas/profile';
import type { ScoreInput } from '../../../lib/scoring';
import { linkedinEvidence, linkedinFacts } from '../../../lib/evidence/linkedin';
import { mergeEvidence } from '../../../lib/evidence/merge';

export const NOW = new Date('2025-06-15T12:00:00Z');

/** evidence of one skill from one GitHub repository */
export function gh(skill: string, strength: number, repo = 'someone/app', kind: EvidenceSource['kind'] = 'manifest'): SkillEvidence {
  return {
    skill,
    strength,
    sources: [
      {
        kind,
        origin: 'github',
        repo,
        path: kind === 'manifest' ? 'package.json' : null,
        detail: `${skill} in ${repo}`,
        url: `https://github.com/${repo}`,
        weight: strength,
        date: '2025-03-01T00:00:00Z',
      },
    ],
    lastSeen: '2025-03-01T00:00:00Z',
  };
}

export function linkedin(slug: string, experience: LinkedinExperience[], extra: Partial<LinkedinProfile> = {}): LinkedinProfile {
  return {
    source: 'linkedin',
    slug,
    name: slug,
    headline: null,
    location: null,
    about: null,
    experience,
    education: [],
    skills: [],
    certifications: [],
    githubUrl: null,
    ...extra,
  };
}

export function role(title: string, start: string, end: string | null, description: string | null = null, company = 'Acme'): LinkedinExperience {
  return { title, company, start, end, description };
}

const goLinkedin = linkedin('gopher', [
  role('Senior Backend Engineer', '2020-01', null, 'Go services on Kubernetes, PostgreSQL, Kafka, Terraform on AWS.'),
  role('Backend Developer', '2017-03', '2019-12', 'Go and PostgreSQL.'),
]);

export const seniorGo: ScoreInput = {
  evidence: mergeEvidence(
    [
      gh('go', 0.92, 'gopher/ledger', 'repo-language'),
      gh('gin', 0.55, 'gopher/ledger'),
      gh('postgresql', 0.8, 'gopher/ledger'),
      gh('kafka', 0.7, 'gopher/events'),
      gh('kubernetes', 0.7, 'gopher/deploy', 'file'),
      gh('helm', 0.5, 'gopher/deploy', 'file'),
      gh('terraform', 0.72, 'gopher/infra', 'file'),
      gh('docker', 0.8, 'gopher/ledger', 'file'),
      gh('ci-cd', 0.75, 'gopher/ledger', 'file'),
      gh('github-actions', 0.7, 'gopher/ledger', 'file'),
      gh('aws', 0.6, 'gopher/infra'),
      gh('grpc', 0.6, 'gopher/events', 'file'),
      gh('rest', 0.55, 'gopher/ledger', 'file'),
      gh('redis', 0.5, 'gopher/ledger'),
      gh('go-testing', 0.5, 'gopher/ledger'),
      gh('prometheus', 0.5, 'gopher/ledger'),
      gh('jwt', 0.35, 'gopher/ledger'),
    ],
    linkedinEvidence(goLinkedin, NOW),
  ),
  linkedin: linkedinFacts(goLinkedin),
  github: { createdAt: '2013-05-01T00:00:00Z', utcOffsetHours: 1, activeYears: 9 },
};

const juniorLinkedin = linkedin('pyjunior', [
  role('Junior Python Developer', '2024-02', null, 'Django REST Framework APIs with PostgreSQL.'),
  role('Software Engineering Intern', '2023-06', '2023-12', 'Python scripts.'),
]);

export const juniorDjango: ScoreInput = {
  evidence: mergeEvidence(
    [
      gh('python', 0.62, 'pyjunior/shop', 'repo-language'),
      gh('django', 0.55, 'pyjunior/shop'),
      gh('postgresql', 0.35, 'pyjunior/shop'),
      gh('rest', 0.3, 'pyjunior/shop'),
      gh('pytest', 0.3, 'pyjunior/shop'),
      gh('docker', 0.2, 'pyjunior/shop', 'file'),
      gh('html-css', 0.3, 'pyjunior/portfolio', 'repo-language'),
    ],
    linkedinEvidence(juniorLinkedin, NOW),
  ),
  linkedin: linkedinFacts(juniorLinkedin),
  github: { createdAt: '2022-09-01T00:00:00Z', utcOffsetHours: 2, activeYears: 2 },
};

const reactLinkedin = linkedin('reactdev', [role('Frontend Developer', '2021-01', null, 'React, TypeScript and Next.js; design systems.')]);

export const frontendReact: ScoreInput = {
  evidence: mergeEvidence(
    [
      gh('javascript', 0.8, 'reactdev/ui', 'repo-language'),
      gh('typescript', 0.75, 'reactdev/ui', 'repo-language'),
      gh('react', 0.85, 'reactdev/ui'),
      gh('nextjs', 0.5, 'reactdev/site'),
      gh('html-css', 0.6, 'reactdev/site', 'repo-language'),
      gh('jest', 0.4, 'reactdev/ui'),
      gh('ci-cd', 0.3, 'reactdev/ui', 'file'),
    ],
    linkedinEvidence(reactLinkedin, NOW),
  ),
  linkedin: linkedinFacts(reactLinkedin),
  github: { createdAt: '2019-01-01T00:00:00Z', utcOffsetHours: 0, activeYears: 4 },
};

export const notebookDataScientist: ScoreInput = {
  evidence: [
    gh('jupyter', 0.85, 'datasci/churn', 'repo-language'),
    gh('python', 0.35, 'datasci/tools', 'repo-language'),
    gh('pandas', 0.7, 'datasci/churn'),
    gh('machine-learning', 0.7, 'datasci/churn'),
    gh('pytorch', 0.4, 'datasci/vision'),
    gh('sql', 0.3, 'datasci/churn', 'file'),
  ],
  linkedin: null,
  github: { createdAt: '2020-03-01T00:00:00Z', utcOffsetHours: -5, activeYears: 3 },
};

const devopsLinkedin = linkedin('opsy', [
  role('DevOps Engineer', '2019-01', null, 'Terraform, Kubernetes, Helm, AWS, GitLab CI, Prometheus and Grafana.'),
  role('System Administrator', '2016-06', '2018-12', 'Linux, Ansible, Bash.'),
]);

export const devopsEngineer: ScoreInput = {
  evidence: mergeEvidence(
    [
      gh('terraform', 0.85, 'opsy/infra', 'file'),
      gh('kubernetes', 0.85, 'opsy/platform', 'file'),
      gh('helm', 0.6, 'opsy/platform', 'file'),
      gh('docker', 0.85, 'opsy/platform', 'file'),
      gh('ci-cd', 0.8, 'opsy/platform', 'file'),
      gh('aws', 0.8, 'opsy/infra'),
      gh('ansible', 0.6, 'opsy/ansible-roles', 'file'),
      gh('shell', 0.7, 'opsy/scripts', 'repo-language'),
      gh('python', 0.3, 'opsy/scripts', 'repo-language'),
      gh('prometheus', 0.6, 'opsy/platform', 'file'),
      gh('grafana', 0.5, 'opsy/platform', 'file'),
    ],
    linkedinEvidence(devopsLinkedin, NOW),
  ),
  linkedin: linkedinFacts(devopsLinkedin),
  github: { createdAt: '2015-01-01T00:00:00Z', utcOffsetHours: 1, activeYears: 6 },
};

const javaLinkedin = linkedin(
  'javasenior',
  [
    role('Senior Java Developer', '2019-04', null, 'Spring Boot microservices with PostgreSQL, REST APIs, Kafka, Docker and Jenkins on AWS.'),
    role('Java Developer', '2015-01', '2019-03', 'Spring MVC, Hibernate, Oracle Database and REST web services; JUnit.'),
    role('Junior Software Engineer', '2014-09', '2014-12', 'Java.'),
  ],
  {
    headline: 'Senior Java / Spring Boot engineer',
    skills: ['Java', 'Spring Boot', 'Hibernate', 'PostgreSQL', 'REST APIs', 'Microservices', 'Docker', 'Jenkins', 'Amazon Web Services (AWS)', 'JUnit', 'Git', 'Apache Kafka'],
    certifications: [{ name: 'Oracle Certified Professional, Java SE 11 Developer', issuer: 'Oracle' }],
  },
);

export const javaSpring: ScoreInput = {
  evidence: mergeEvidence([gh('java', 0.2, 'javasenior/old-kata', 'repo-language')], linkedinEvidence(javaLinkedin, NOW)),
  linkedin: linkedinFacts(javaLinkedin),
  github: { createdAt: '2016-02-01T00:00:00Z', utcOffsetHours: 1, activeYears: 1 },
};

export const CANDIDATES = { seniorGo, juniorDjango, frontendReact, notebookDataScientist, devopsEngineer, javaSpring } as const;
export type CandidateName = keyof typeof CANDIDATES;
