/**
 * The calibration set: people written at the evaluation's input (what GitHub's
 * API returns for them, what their LinkedIn page says), each run through the
 * real pipeline: gathered data → lib/evidence → evaluatePerson → scoreCandidate.
 * A persona's quick version is what a no-token read gathers: the account and
 * the repository list (languages, topics, descriptions), no files.
 */
import type { ApiRepo } from '../../../lib/github/api-schemas';
import type { GatheredGithub, RepoDetails } from '../../../lib/github/gathered';
import { buildSkillEvidence } from '../../../lib/evidence/build-evidence';
import { githubActivity } from '../../../lib/evidence/activity';
import type { GithubEvidence } from '../../../lib/schemas/tab-state';
import type { GithubProfile, LinkedinExperience, LinkedinProfile } from '../../../lib/schemas/profile';
import type { PersonReadings } from '../../../lib/evaluation/evaluate-person';
import { linkedin, role } from '../scoring/candidates';

export const NOW = new Date('2026-11-01T12:00:00Z');

function monthsAgo(months: number): string {
  const d = new Date(NOW);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
}

export interface RepoSpec {
  name: string;
  language: string | null;
  /** kilobytes */
  size?: number;
  pushedMonthsAgo?: number;
  createdMonthsAgo?: number;
  stars?: number;
  topics?: string[];
  description?: string;
  fork?: boolean;
  /** what the deep read finds: bytes per language, files, manifests */
  bytes?: Record<string, number>;
  files?: string[];
  manifests?: Record<string, string>;
}

export interface GithubSpec {
  login: string;
  createdMonthsAgo: number;
  bio?: string;
  repos: RepoSpec[];
}

function apiRepo(login: string, r: RepoSpec): ApiRepo {
  return {
    name: r.name,
    full_name: `${login}/${r.name}`,
    html_url: `https://github.com/${login}/${r.name}`,
    description: r.description ?? null,
    fork: r.fork ?? false,
    language: r.language,
    size: r.size ?? 800,
    stargazers_count: r.stars ?? 2,
    forks_count: 0,
    pushed_at: monthsAgo(r.pushedMonthsAgo ?? 2),
    created_at: monthsAgo(r.createdMonthsAgo ?? 24),
    topics: r.topics ?? [],
    archived: false,
    default_branch: 'main',
    owner: { login },
  };
}

function details(r: RepoSpec): RepoDetails {
  const manifests = Object.entries(r.manifests ?? {}).map(([path, text]) => ({ path, text }));
  const paths = new Set([...(r.files ?? []), ...manifests.map((m) => m.path)]);
  return {
    languages: r.bytes ?? (r.language ? { [r.language]: (r.size ?? 800) * 1000 } : {}),
    files: [...paths].map((path) => ({ path, size: 1200 })),
    manifests,
  };
}

/** What GitHub's API gives for the person, read quickly (no token) or in depth. */
export function githubEvidence(spec: GithubSpec, plan: 'quick' | 'deep'): GithubEvidence {
  const repos = spec.repos.map((r) => apiRepo(spec.login, r));
  const user = {
    login: spec.login,
    type: 'User',
    name: null,
    created_at: monthsAgo(spec.createdMonthsAgo),
    public_repos: repos.length,
    followers: 10,
    html_url: `https://github.com/${spec.login}`,
    bio: spec.bio ?? null,
  };
  const deep = plan === 'deep' ? spec.repos.filter((r) => !r.fork).slice(0, 10) : [];
  const gathered: GatheredGithub = {
    user,
    repos,
    details: Object.fromEntries(deep.map((r) => [`${spec.login}/${r.name}`, details(r)])),
    pullRequests: plan === 'deep' ? { total: 0, items: [] } : null,
  };
  return {
    account: { login: spec.login, createdAt: user.created_at, publicRepos: repos.length, followers: 10, htmlUrl: user.html_url },
    reposConsidered: repos.length,
    languages: [],
    skills: buildSkillEvidence(gathered, NOW.getTime()),
    requests: 0,
    fetchedAt: NOW.toISOString(),
    plan,
    transport: 'rest',
    deepRepos: deep.length,
    activity: githubActivity(user, repos),
  };
}

export function githubPage(spec: GithubSpec): GithubProfile {
  return {
    source: 'github',
    login: spec.login,
    name: spec.login,
    bio: spec.bio ?? null,
    company: null,
    location: null,
    website: null,
    socialLinks: [],
    followers: 10,
    following: 1,
    pinned: [],
    contributionsLastYear: null,
    utcOffsetHours: null,
  };
}

/** A LinkedIn page whose Experience section was read (the scoring tests' builder, with its reading strategy set). */
export function linkedinPage(slug: string, experience: LinkedinExperience[], extra: Partial<LinkedinProfile> = {}): LinkedinProfile {
  return linkedin(slug, experience, { strategies: { experience: 'anchored' }, ...extra });
}

export { role };

export interface Persona {
  id: string;
  what: string;
  github?: GithubSpec;
  linkedin?: LinkedinProfile;
}

/** The readings a persona gives with a GitHub read of `plan` (null: GitHub not read). */
export function readingsOf(p: Persona, plan: 'quick' | 'deep' | null): PersonReadings {
  return {
    github: p.github ? githubPage(p.github) : null,
    linkedin: p.linkedin ?? null,
    githubEvidence: p.github && plan ? githubEvidence(p.github, plan) : null,
  };
}

const pkg = (deps: Record<string, string>, dev: Record<string, string> = {}) => JSON.stringify({ dependencies: deps, devDependencies: dev });
const CI = ['.github/workflows/ci.yml'];

export const PERSONAS: Persona[] = [
  {
    id: 'senior-go',
    what: 'a senior Go backend engineer: services with Gin, PostgreSQL, Redis, Kafka, Docker, CI, Terraform, Kubernetes on AWS; nine years on LinkedIn',
    github: {
      login: 'gopher-senior',
      createdMonthsAgo: 130,
      repos: [
        { name: 'ledger-api', language: 'Go', size: 4200, stars: 40, topics: ['golang', 'postgresql', 'rest-api'], description: 'Double-entry ledger REST API', files: ['Dockerfile', ...CI, 'internal/ledger/ledger_test.go', 'deploy/k8s/deployment.yaml'], manifests: { 'go.mod': 'module x\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/jackc/pgx/v5 v5.5.0\n\tgithub.com/redis/go-redis/v9 v9.3.0\n\tgithub.com/aws/aws-sdk-go-v2 v1.24.0\n)\n' } },
        { name: 'events', language: 'Go', size: 2600, stars: 12, topics: ['kafka', 'grpc'], description: 'Event fan-out over Kafka and gRPC', files: ['Dockerfile', ...CI, 'events_test.go'], manifests: { 'go.mod': 'module y\n\nrequire (\n\tgithub.com/segmentio/kafka-go v0.4.47\n\tgoogle.golang.org/grpc v1.60.0\n)\n' } },
        { name: 'infra', language: 'HCL', size: 300, topics: ['terraform', 'aws'], description: 'Terraform for the AWS accounts', files: ['main.tf', 'modules/vpc/main.tf', ...CI] },
        { name: 'scripts', language: 'Python', size: 200, description: 'Ops scripts', manifests: { 'requirements.txt': 'boto3==1.34\nrequests==2.31\n' } },
      ],
    },
    linkedin: linkedinPage('gopher-senior', [
      role('Senior Backend Engineer', '2020-01', null, 'Go services on Kubernetes, PostgreSQL, Kafka, Terraform on AWS.'),
      role('Backend Developer', '2016-03', '2019-12', 'Go and PostgreSQL REST APIs, Docker, Jenkins CI.'),
    ]),
  },
  {
    id: 'senior-go-github-only',
    what: 'the same senior Go engineer read from GitHub alone: no LinkedIn',
    github: {
      login: 'gopher-github-only',
      createdMonthsAgo: 130,
      repos: [],
    },
  },
  {
    id: 'mid-nest',
    what: 'a mid-level Node developer: NestJS, PostgreSQL, Docker and CI; three and a half years on LinkedIn',
    github: {
      login: 'nest-mid',
      createdMonthsAgo: 60,
      repos: [
        { name: 'shop-api', language: 'TypeScript', size: 3100, topics: ['nestjs'], description: 'Shop backend', files: ['Dockerfile', 'docker-compose.yml', ...CI, 'src/orders/orders.service.spec.ts'], manifests: { 'package.json': pkg({ '@nestjs/core': '^10.0.0', '@nestjs/common': '^10.0.0', pg: '^8.11.0', typeorm: '^0.3.17' }, { jest: '^29.0.0' }) } },
        { name: 'auth-service', language: 'TypeScript', size: 1500, description: 'JWT auth service', files: ['Dockerfile', ...CI], manifests: { 'package.json': pkg({ '@nestjs/core': '^10.0.0', jsonwebtoken: '^9.0.0', redis: '^4.6.0' }, { jest: '^29.0.0' }) } },
        { name: 'dotfiles', language: 'Shell', size: 40 },
      ],
    },
    linkedin: linkedinPage('nest-mid', [role('Backend Developer', '2023-04', null, 'NestJS and PostgreSQL APIs on AWS ECS.')]),
  },
  {
    id: 'junior-django',
    what: 'a junior Python developer with two Django projects (Django REST framework, PostgreSQL) and a test suite, no LinkedIn read',
    github: {
      login: 'django-junior',
      createdMonthsAgo: 30,
      bio: 'Junior Python developer',
      repos: [
        { name: 'recipes', language: 'Python', size: 1400, description: 'Recipe sharing site', files: ['recipes/tests/test_views.py', 'manage.py'], manifests: { 'requirements.txt': 'Django==4.2\ndjangorestframework==3.14\npsycopg2-binary==2.9\npytest-django==4.7\n' } },
        { name: 'todo', language: 'Python', size: 600, description: 'A to-do list in Django', files: ['todo/tests.py'], manifests: { 'requirements.txt': 'Django==4.2\n' } },
      ],
    },
  },
  {
    id: 'junior-flask',
    what: 'a junior backend developer who fits the junior role in depth: Flask, SQLAlchemy on PostgreSQL, pytest, Docker and CI; a year and a half on LinkedIn',
    github: {
      login: 'flask-junior',
      createdMonthsAgo: 28,
      repos: [
        { name: 'booking-api', language: 'Python', size: 1800, topics: ['flask', 'rest-api', 'postgresql'], description: 'Room booking REST API', files: ['Dockerfile', ...CI, 'tests/test_bookings.py'], manifests: { 'requirements.txt': 'Flask==3.0\nFlask-SQLAlchemy==3.1\npsycopg2==2.9\nredis==5.0\nboto3==1.34\nPyJWT==2.8\npytest==7.4\n' } },
        { name: 'notes', language: 'Python', size: 900, topics: ['flask'], files: ['Dockerfile', ...CI, 'tests/test_notes.py'], manifests: { 'requirements.txt': 'Flask==3.0\nFlask-SQLAlchemy==3.1\npytest==7.4\n' } },
        { name: 'weather-cli', language: 'Python', size: 300, files: ['tests/test_cli.py'], manifests: { 'requirements.txt': 'requests==2.31\npytest==7.4\n' } },
      ],
    },
    linkedin: linkedinPage('flask-junior', [role('Junior Backend Developer', '2025-05', null, 'Flask APIs with PostgreSQL.')]),
  },
  {
    id: 'senior-linkedin-thin-github',
    what: 'a lead Java engineer: twelve years on LinkedIn (Spring Boot, PostgreSQL, Kafka, AWS, Docker, Jenkins), one small repository',
    github: {
      login: 'java-lead',
      createdMonthsAgo: 110,
      repos: [{ name: 'kata', language: 'Java', size: 120, pushedMonthsAgo: 30, description: 'Code kata', manifests: { 'pom.xml': '<project><dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId></dependency></dependencies></project>' } }],
    },
    linkedin: linkedinPage(
      'java-lead',
      [
        role('Lead Java Engineer', '2019-02', null, 'Spring Boot microservices with PostgreSQL and Kafka on AWS; REST APIs; Docker and Jenkins pipelines.'),
        role('Senior Java Developer', '2014-06', '2019-01', 'Spring, Hibernate, Oracle and PostgreSQL; CI with Jenkins.'),
      ],
      { skills: ['Java', 'Spring Boot', 'PostgreSQL', 'Apache Kafka', 'Amazon Web Services (AWS)', 'Docker'] },
    ),
  },
  {
    id: 'senior-linkedin-only',
    what: 'the same lead Java engineer with no GitHub at all, read from LinkedIn alone',
    linkedin: linkedinPage(
      'java-lead-only',
      [
        role('Lead Java Engineer', '2019-02', null, 'Spring Boot microservices with PostgreSQL and Kafka on AWS; REST APIs; Docker and Jenkins pipelines.'),
        role('Senior Java Developer', '2014-06', '2019-01', 'Spring, Hibernate, Oracle and PostgreSQL; CI with Jenkins.'),
      ],
      { skills: ['Java', 'Spring Boot', 'PostgreSQL', 'Docker'] },
    ),
  },
  {
    id: 'frontend',
    what: 'a front-end developer: React, TypeScript, CSS, Jest, Storybook',
    github: {
      login: 'react-dev',
      createdMonthsAgo: 70,
      repos: [
        { name: 'design-system', language: 'TypeScript', size: 5200, topics: ['react', 'storybook'], files: [...CI, 'src/Button.test.tsx'], manifests: { 'package.json': pkg({ react: '^18.2.0', 'react-dom': '^18.2.0' }, { jest: '^29.0.0', '@storybook/react': '^7.0.0', vite: '^5.0.0' }) } },
        { name: 'portfolio', language: 'CSS', size: 900, topics: ['portfolio'], manifests: { 'package.json': pkg({ react: '^18.2.0', 'react-router-dom': '^6.0.0' }, { vite: '^5.0.0' }) } },
      ],
    },
  },
  {
    id: 'data-scientist',
    what: 'a data scientist: notebooks with pandas, scikit-learn and matplotlib',
    github: {
      login: 'notebooks',
      createdMonthsAgo: 50,
      repos: [
        { name: 'churn-model', language: 'Jupyter Notebook', size: 9000, topics: ['machine-learning'], bytes: { 'Jupyter Notebook': 8_000_000, Python: 40_000 }, manifests: { 'requirements.txt': 'pandas==2.1\nscikit-learn==1.3\nmatplotlib==3.8\nnumpy==1.26\n' } },
        { name: 'kaggle', language: 'Jupyter Notebook', size: 4000, bytes: { 'Jupyter Notebook': 4_000_000 } },
      ],
    },
  },
  {
    id: 'mobile',
    what: 'a mobile developer: Android apps in Kotlin and an iOS app in Swift',
    github: {
      login: 'app-maker',
      createdMonthsAgo: 80,
      repos: [
        { name: 'fitness-android', language: 'Kotlin', size: 6000, topics: ['android', 'jetpack-compose'], files: ['app/build.gradle', 'app/src/main/AndroidManifest.xml', ...CI], manifests: { 'build.gradle': "dependencies {\n implementation 'androidx.compose.ui:ui:1.5.4'\n implementation 'com.squareup.retrofit2:retrofit:2.9.0'\n}\n" } },
        { name: 'notes-ios', language: 'Swift', size: 3000, topics: ['ios', 'swiftui'], files: ['Notes.xcodeproj/project.pbxproj'] },
      ],
    },
  },
  {
    id: 'devops',
    what: 'a DevOps engineer: Terraform, Ansible, Kubernetes, Docker, CI on AWS, Python and Go tooling, no application framework',
    github: {
      login: 'ops-person',
      createdMonthsAgo: 90,
      repos: [
        { name: 'platform-infra', language: 'HCL', size: 2000, topics: ['terraform', 'aws', 'kubernetes'], files: ['main.tf', 'eks.tf', ...CI, 'charts/app/Chart.yaml'] },
        { name: 'ansible-roles', language: 'Python', size: 900, topics: ['ansible'], files: ['site.yml', 'roles/web/tasks/main.yml', 'ansible.cfg'], manifests: { 'requirements.txt': 'ansible==9.0\nboto3==1.34\n' } },
        { name: 'kubectl-helper', language: 'Go', size: 700, files: ['Dockerfile', ...CI], manifests: { 'go.mod': 'module z\n\nrequire k8s.io/client-go v0.29.0\n' } },
      ],
    },
  },
  {
    id: 'mid-rails',
    what: 'a mid-level Rails developer: Rails, PostgreSQL, Redis with Sidekiq, RSpec, Docker, CircleCI, deployed to AWS; four years on LinkedIn',
    github: {
      login: 'rails-mid',
      createdMonthsAgo: 75,
      repos: [
        { name: 'invoicing', language: 'Ruby', size: 5200, topics: ['rails', 'postgresql'], description: 'Invoicing app with a JSON API', files: ['Dockerfile', '.circleci/config.yml', 'spec/models/invoice_spec.rb', 'config/routes.rb'], manifests: { Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'pg'\ngem 'sidekiq'\ngem 'redis'\ngem 'aws-sdk-s3'\ngroup :test do\n  gem 'rspec-rails'\nend\n" } },
        { name: 'webhooks', language: 'Ruby', size: 1300, description: 'Webhook relay', files: ['Dockerfile', '.circleci/config.yml', 'spec/relay_spec.rb'], manifests: { Gemfile: "gem 'sinatra'\ngem 'redis'\n" } },
      ],
    },
    linkedin: linkedinPage('rails-mid', [
      role('Software Engineer', '2022-09', null, 'Ruby on Rails, PostgreSQL and Sidekiq on AWS.'),
      role('Junior Developer', '2021-01', '2022-08', 'Rails and React.'),
    ]),
  },
  {
    id: 'junior-bootcamp',
    what: 'a bootcamp graduate: an Express and MongoDB project and a to-do app; an eight-month internship on LinkedIn',
    github: {
      login: 'bootcamp-grad',
      createdMonthsAgo: 18,
      repos: [
        { name: 'meetups-api', language: 'JavaScript', size: 900, topics: ['express', 'mongodb'], description: 'REST API for meetups', files: ['tests/events.test.js'], manifests: { 'package.json': pkg({ express: '^4.18.0', mongoose: '^8.0.0' }, { jest: '^29.0.0' }) } },
        { name: 'todo-react', language: 'JavaScript', size: 400, manifests: { 'package.json': pkg({ react: '^18.2.0' }) } },
      ],
    },
    linkedin: linkedinPage('bootcamp-grad', [role('Software Engineering Intern', '2025-09', '2026-04', 'Node.js and Express services.')], { headline: 'Junior full-stack developer' }),
  },
  {
    id: 'thin',
    what: 'a thin profile: one small repository, nothing else',
    github: { login: 'one-repo', createdMonthsAgo: 14, repos: [{ name: 'hello', language: 'Python', size: 8, description: 'hello world' }] },
  },
];

// the GitHub-only senior has the same repositories as the senior with LinkedIn
const goSenior = PERSONAS.find((p) => p.id === 'senior-go');
const goOnly = PERSONAS.find((p) => p.id === 'senior-go-github-only');
if (goSenior?.github && goOnly?.github) goOnly.github.repos = goSenior.github.repos;

export function persona(id: string): Persona {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`no persona ${id}`);
  return p;
}
