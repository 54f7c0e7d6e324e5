import { describe, expect, test } from 'vitest';
import { skillsForCertification, skillsForPackage, skillsForPath, skillsForTopic } from '../../../lib/skills';

describe('skillsForPackage', () => {
  test.each([
    ['npm', 'express', 'express'],
    ['npm', 'pg', 'postgresql'],
    ['npm', '@nestjs/core', 'nestjs'],
    ['pypi', 'psycopg', 'postgresql'],
    ['pypi', 'psycopg2', 'postgresql'],
    ['pypi', 'psycopg2-binary', 'postgresql'],
    ['pypi', 'Psycopg2_Binary', 'postgresql'],
    ['pypi', 'Django', 'django'],
    ['maven', 'org.postgresql:postgresql', 'postgresql'],
    ['maven', 'org.springframework.boot:spring-boot-starter-web', 'spring-boot'],
    ['go', 'github.com/segmentio/kafka-go', 'kafka'],
    ['composer', 'laravel/framework', 'laravel'],
    ['rubygems', 'rails', 'rails'],
    ['nuget', 'Microsoft.AspNetCore.App', 'aspnet'],
    ['cargo', 'tonic', 'grpc'],
  ] as const)('%s %s → %s', (eco, name, id) => {
    expect(skillsForPackage(eco, name)).toContain(id);
  });

  test('an unknown package, or a prefix alone, points at nothing', () => {
    expect(skillsForPackage('npm', 'left-pad')).toEqual([]);
    expect(skillsForPackage('npm', '@nestjs/')).toEqual([]);
    expect(skillsForPackage('pypi', '')).toEqual([]);
  });
});

describe('skillsForPath', () => {
  test.each([
    ['Dockerfile', 'docker'],
    ['services/api/Dockerfile', 'docker'],
    ['docker-compose.yml', 'docker'],
    ['compose.yaml', 'docker'],
    ['.github/workflows/ci.yml', 'ci-cd'],
    ['.github/workflows/ci.yml', 'github-actions'],
    ['.gitlab-ci.yml', 'ci-cd'],
    ['Jenkinsfile', 'ci-cd'],
    ['.circleci/config.yml', 'ci-cd'],
    ['infra/main.tf', 'terraform'],
    ['deploy/chart/Chart.yaml', 'helm'],
    ['api/service.proto', 'grpc'],
    ['schema.graphql', 'graphql'],
    ['openapi.yaml', 'rest'],
    ['swagger.json', 'rest'],
    ['README.md', 'documentation'],
    ['docs/index.md', 'documentation'],
    ['CONTRIBUTING.md', 'documentation'],
    ['notebooks/analysis.ipynb', 'jupyter'],
  ])('%s → %s', (path, id) => {
    expect(skillsForPath(path)).toContain(id);
  });

  test('similar names do not match', () => {
    expect(skillsForPath('src/terraform.ts')).not.toContain('terraform');
    expect(skillsForPath('mydocs.txt')).toEqual([]);
    expect(skillsForPath('')).toEqual([]);
  });
});

describe('skillsForTopic', () => {
  test('topics and names', () => {
    expect(skillsForTopic('k8s')).toEqual(['kubernetes']);
    expect(skillsForTopic('golang')).toEqual(['go']);
    expect(skillsForTopic('Postgres')).toEqual(['postgresql']);
    expect(skillsForTopic('spring-boot')).toEqual(['spring-boot']);
    expect(skillsForTopic('awesome-list')).toEqual([]);
  });
});

describe('skillsForCertification', () => {
  test.each([
    ['AWS Certified Solutions Architect – Associate', 'Amazon Web Services (AWS)', 'aws'],
    ['Oracle Certified Professional, Java SE 11 Developer', 'Oracle', 'java'],
    ['Certified Kubernetes Administrator (CKA)', 'The Linux Foundation', 'kubernetes'],
    ['CKAD', 'Cloud Native Computing Foundation', 'kubernetes'],
    ['Microsoft Certified: Azure Developer Associate', 'Microsoft', 'azure'],
    ['AZ-104', 'Microsoft', 'azure'],
    ['Professional Cloud Architect', 'Google Cloud', 'gcp'],
    ['HashiCorp Certified: Terraform Associate (003)', 'HashiCorp', 'terraform'],
    ['MongoDB Associate Developer', 'MongoDB', 'mongodb'],
  ])('%s (%s) → %s', (name, issuer, id) => {
    expect(skillsForCertification(name, issuer)).toContain(id);
  });

  test('an Oracle Java certificate is not evidence of Oracle Database', () => {
    expect(skillsForCertification('Oracle Certified Associate, Java SE 8 Programmer', 'Oracle')).not.toContain('oracle-db');
  });

  test('an unrelated certificate counts for nothing', () => {
    expect(skillsForCertification('First Aid at Work', 'Red Cross')).toEqual([]);
  });
});
