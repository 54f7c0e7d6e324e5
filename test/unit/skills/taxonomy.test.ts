import { describe, expect, test } from 'vitest';
import { Skill, TAXONOMY, impliedSkills, skillById, skillIdForGithubLanguage } from '../../../lib/skills';

const CONTRACT_IDS = [
  'python', 'nodejs', 'java', 'go', 'php', 'ruby', 'csharp', 'django', 'flask', 'fastapi', 'express', 'nestjs',
  'spring-boot', 'laravel', 'rails', 'aspnet', 'postgresql', 'mysql', 'sql-server', 'mongodb', 'redis', 'cassandra',
  'rest', 'graphql', 'grpc', 'aws', 'gcp', 'azure', 'docker', 'kubernetes', 'ci-cd', 'terraform', 'ansible', 'kafka',
  'rabbitmq', 'git',
];
const ISSUE_IDS = [
  'typescript', 'javascript', 'react', 'vue', 'angular', 'kotlin', 'swift', 'rust', 'c', 'cpp', 'scala', 'elixir',
  'dart', 'flutter', 'memcached', 'elasticsearch', 'sqlite', 'dynamodb', 'aws-lambda', 'cloud-functions', 'serverless',
  'openai', 'langchain', 'huggingface', 'vector-databases', 'spark', 'airflow', 'etl', 'prometheus', 'opentelemetry',
  'grafana', 'jest', 'pytest', 'junit', 'oauth', 'jwt', 'microservices', 'documentation', 'collaboration', 'jupyter',
  'shell', 'sql', 'helm', 'github-actions',
];

describe('the taxonomy', () => {
  test('has at least 80 skills, each valid against the Skill schema', () => {
    expect(TAXONOMY.length).toBeGreaterThanOrEqual(80);
    for (const s of TAXONOMY) expect(Skill.safeParse(s).success, s.id).toBe(true);
  });

  test('ids are unique and kebab-case', () => {
    const ids = TAXONOMY.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every id the contract names is present, and the ones the issue lists', () => {
    for (const id of [...CONTRACT_IDS, ...ISSUE_IDS]) expect(skillById(id), id).toBeDefined();
  });

  test('every implication points at a skill that exists and never at itself', () => {
    for (const s of TAXONOMY) {
      for (const target of s.implies) {
        expect(skillById(target), `${s.id} → ${target}`).toBeDefined();
        expect(target).not.toBe(s.id);
      }
    }
  });

  test('implications are followed transitively', () => {
    expect(impliedSkills('django')).toEqual(['python', 'rest']);
    expect(impliedSkills('spring-boot')).toContain('java');
    expect(impliedSkills('express')).toContain('nodejs');
    expect(impliedSkills('express')).toContain('javascript');
    expect(impliedSkills('helm')).toEqual(expect.arrayContaining(['kubernetes', 'docker']));
    expect(impliedSkills('python')).toEqual([]);
    expect(impliedSkills('no-such-skill')).toEqual([]);
  });

  test('GitHub languages are read from the detection rules', () => {
    expect(skillIdForGithubLanguage('Python')).toBe('python');
    expect(skillIdForGithubLanguage('C#')).toBe('csharp');
    expect(skillIdForGithubLanguage('HCL')).toBe('terraform');
    expect(skillIdForGithubLanguage('Jupyter Notebook')).toBe('jupyter');
    expect(skillIdForGithubLanguage('PLpgSQL')).toBe('postgresql');
    expect(skillIdForGithubLanguage('Brainfuck')).toBeNull();
    for (const s of TAXONOMY) {
      for (const lang of s.detect.githubLanguages) expect(skillIdForGithubLanguage(lang)).not.toBeNull();
    }
  });
});
