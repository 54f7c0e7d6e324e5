/**
 * The preset matrices for backend hiring. Presets live in code and are never
 * stored, so an edit can only ever be made to a copy.
 *
 * Docker and CI/CD are two rows, not one: they show up in different places
 * (a Dockerfile against a workflow file), a candidate often has one without the
 * other, and a gap in either deserves its own interview questions. Each weighs
 * half as much as the other must-haves, so together they count about as much as
 * one of them.
 */
import { MATRIX_SCHEMA_VERSION, type Matrix, type Requirement, type KnownSeniorityBand } from './schema';

export const DEFAULT_MATRIX_ID = 'backend-senior';
export const PRESET_IDS = ['backend-junior', 'backend-mid', 'backend-senior'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const BACKEND_LANGUAGES = ['python', 'nodejs', 'java', 'go', 'php', 'ruby', 'csharp'] as const;
const SECOND_LANGUAGES = [...BACKEND_LANGUAGES, 'kotlin', 'scala', 'rust', 'elixir', 'typescript'];
export const BACKEND_FRAMEWORKS = [
  'django', 'flask', 'fastapi', 'express', 'nestjs', 'spring-boot', 'laravel', 'rails', 'aspnet',
  'fastify', 'quarkus', 'symfony', 'gin', 'phoenix', 'echo', 'fiber', 'koa', 'hapi',
] as const;
export const DATABASES = ['postgresql', 'mysql', 'sql-server', 'mongodb', 'redis', 'cassandra', 'oracle-db', 'dynamodb', 'sqlite'] as const;

/** How strong evidence must be to count as met, per band: a senior must show more. */
const STRENGTH: Record<KnownSeniorityBand, { must: number; nice: number }> = {
  junior: { must: 0.2, nice: 0.15 },
  mid: { must: 0.3, nice: 0.2 },
  senior: { must: 0.45, nice: 0.3 },
};

function backendMatrix(band: KnownSeniorityBand): Matrix {
  const s = STRENGTH[band];
  const atLeastMid = band !== 'junior';
  const requirements: Requirement[] = [
    { kind: 'skill', id: 'primary-language', label: 'A primary backend language', priority: 'must', anyOf: [...BACKEND_LANGUAGES], minStrength: s.must, weight: 4 },
    { kind: 'skill', id: 'framework', label: 'A backend framework', priority: 'must', anyOf: [...BACKEND_FRAMEWORKS], minStrength: s.must, weight: 4 },
    { kind: 'skill', id: 'database', label: 'A SQL or NoSQL database', priority: 'must', anyOf: [...DATABASES], minStrength: s.must, weight: 4 },
    { kind: 'skill', id: 'rest-api', label: 'REST API design', priority: 'must', anyOf: ['rest'], minStrength: s.must, weight: 3 },
    { kind: 'skill', id: 'git', label: 'Git', priority: 'must', anyOf: ['git'], minStrength: Math.min(s.must, 0.3), weight: 1 },
    { kind: 'skill', id: 'cloud', label: 'A cloud platform', priority: atLeastMid ? 'must' : 'nice', anyOf: ['aws', 'gcp', 'azure'], minStrength: atLeastMid ? s.must : s.nice, weight: atLeastMid ? 3 : 1 },
    { kind: 'skill', id: 'docker', label: 'Docker', priority: atLeastMid ? 'must' : 'nice', anyOf: ['docker'], minStrength: atLeastMid ? s.must : s.nice, weight: atLeastMid ? 2 : 1 },
    { kind: 'skill', id: 'ci-cd', label: 'CI/CD', priority: atLeastMid ? 'must' : 'nice', anyOf: ['ci-cd'], minStrength: atLeastMid ? s.must : s.nice, weight: atLeastMid ? 2 : 1 },
    { kind: 'skill', id: 'second-language', label: 'A second backend language', priority: 'nice', anyOf: SECOND_LANGUAGES, minStrength: s.nice, weight: 1, notSameAs: 'primary-language' },
    { kind: 'skill', id: 'graphql-grpc', label: 'GraphQL or gRPC', priority: 'nice', anyOf: ['graphql', 'grpc'], minStrength: s.nice, weight: 1 },
    { kind: 'skill', id: 'kubernetes', label: 'Kubernetes', priority: 'nice', anyOf: ['kubernetes'], minStrength: s.nice, weight: 1 },
    { kind: 'skill', id: 'infrastructure-as-code', label: 'Terraform or Ansible', priority: 'nice', anyOf: ['terraform', 'ansible', 'pulumi', 'cloudformation'], minStrength: s.nice, weight: 1 },
    { kind: 'skill', id: 'messaging', label: 'Kafka or RabbitMQ', priority: 'nice', anyOf: ['kafka', 'rabbitmq', 'sqs', 'nats'], minStrength: s.nice, weight: 1 },
    { kind: 'skill', id: 'caching', label: 'Caching', priority: 'nice', anyOf: ['redis', 'memcached', 'caching'], minStrength: s.nice, weight: 1 },
    { kind: 'skill', id: 'testing', label: 'A testing framework', priority: 'nice', anyOf: ['pytest', 'junit', 'jest', 'vitest', 'mocha', 'rspec', 'phpunit', 'xunit', 'go-testing', 'tdd'], minStrength: s.nice, weight: 1 },
    { kind: 'skill', id: 'auth-security', label: 'Authentication and security', priority: 'nice', anyOf: ['oauth', 'jwt', 'web-security'], minStrength: s.nice, weight: 1 },
  ];
  if (band === 'mid') {
    requirements.push({ kind: 'experience', id: 'experience', label: '2–5 years of engineering experience', priority: 'nice', weight: 2 });
  } else if (band === 'senior') {
    requirements.push({ kind: 'experience', id: 'experience', label: '5+ years of engineering experience', priority: 'must', weight: 4 });
  }
  const bands = {
    junior: { minYears: 0, maxYears: 2, name: 'Backend engineer (junior)', what: 'early-career backend developer: a backend language, a framework, a database, REST and git' },
    mid: { minYears: 2, maxYears: 5, name: 'Backend engineer (mid-level)', what: 'backend engineer who also ships to a cloud platform with Docker and CI/CD' },
    senior: { minYears: 5, maxYears: null, name: 'Backend engineer (senior)', what: 'senior backend engineer with strong evidence across the stack and five or more years of experience' },
  }[band];
  return {
    schemaVersion: MATRIX_SCHEMA_VERSION,
    id: `backend-${band}`,
    name: bands.name,
    description: `A ${bands.what}.`,
    requirements,
    experienceBand: { minYears: bands.minYears, maxYears: bands.maxYears, band },
    basedOn: null,
  };
}

export const PRESETS: readonly Matrix[] = Object.freeze([backendMatrix('junior'), backendMatrix('mid'), backendMatrix('senior')]);

export function isPresetId(id: string): boolean {
  return (PRESET_IDS as readonly string[]).includes(id);
}

export function presetById(id: string): Matrix | undefined {
  return PRESETS.find((m) => m.id === id);
}
