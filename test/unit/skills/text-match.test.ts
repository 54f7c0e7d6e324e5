import { describe, expect, test } from 'vitest';
import { findSkillsInText, matchSkillName } from '../../../lib/skills';

describe('matchSkillName reads LinkedIn skill labels', () => {
  test.each([
    ['PostgreSQL', 'postgresql'],
    ['Postgres', 'postgresql'],
    ['psql', 'postgresql'],
    ['Golang', 'go'],
    ['Go (Programming Language)', 'go'],
    ['Node', 'nodejs'],
    ['Node.js', 'nodejs'],
    ['Amazon Web Services (AWS)', 'aws'],
    ['Amazon Web Services', 'aws'],
    ['C#', 'csharp'],
    ['.NET', 'aspnet'],
    ['.NET Core', 'aspnet'],
    ['ASP.NET Core', 'aspnet'],
    ['Python (Programming Language)', 'python'],
    ['Spring Boot', 'spring-boot'],
    ['REST APIs', 'rest'],
    ['RESTful WebServices', 'rest'],
    ['Microsoft Azure', 'azure'],
    ['Google Cloud Platform (GCP)', 'gcp'],
    ['Kubernetes', 'kubernetes'],
    ['C', 'c'],
    ['C++', 'cpp'],
    ['Git', 'git'],
    ['Apache Kafka', 'kafka'],
    ['Ruby on Rails', 'rails'],
    ['Microsoft SQL Server', 'sql-server'],
    ['Continuous Integration and Continuous Delivery (CI/CD)', 'ci-cd'],
  ])('%s → %s', (label, id) => {
    expect(matchSkillName(label)).toBe(id);
  });

  test('a label that names no technology gives null', () => {
    expect(matchSkillName('Public Speaking')).toBeNull();
    expect(matchSkillName('')).toBeNull();
    expect(matchSkillName('Customer Service')).toBeNull();
  });
});

describe('findSkillsInText finds whole-word mentions', () => {
  test('a typical bio', () => {
    const found = findSkillsInText('Backend engineer: Python/Django, PostgreSQL, Redis and Docker on AWS. Node.js sometimes.');
    expect(found).toEqual(['python', 'django', 'postgresql', 'redis', 'docker', 'aws', 'nodejs']);
  });

  test('is case-insensitive for unambiguous names', () => {
    expect(findSkillsInText('i love kubernetes and terraform')).toEqual(['kubernetes', 'terraform']);
  });

  test('"Go" only as the language, never the verb', () => {
    expect(findSkillsInText('I write Go services')).toEqual(['go']);
    expect(findSkillsInText('Golang enthusiast')).toEqual(['go']);
    expect(findSkillsInText("Let's go! My go-to stack. Go ahead and ask. Ready to go.")).toEqual([]);
    expect(findSkillsInText('Google and MongoDB')).toEqual(['mongodb']);
  });

  test('"REST" only in its technical spelling, not "the rest"', () => {
    expect(findSkillsInText('the rest of the team')).toEqual([]);
    expect(findSkillsInText('designed REST APIs')).toEqual(['rest']);
    expect(findSkillsInText('built a RESTful service')).toEqual(['rest']);
  });

  test('single letters are not read as C or R in running text', () => {
    expect(findSkillsInText('Plan C, vitamin C, R&D and grade C')).toEqual([]);
    expect(findSkillsInText('embedded C programming and the R language')).toEqual(['c', 'r']);
  });

  test('C# and C++ are not C; Java is not JavaScript', () => {
    expect(findSkillsInText('C# and C++')).toEqual(['csharp', 'cpp']);
    expect(findSkillsInText('JavaScript')).toEqual(['javascript']);
  });

  test('words inside other words do not match', () => {
    expect(findSkillsInText('reacting to gossip about expressways')).toEqual([]);
    expect(findSkillsInText('a pythonic mindset')).toEqual([]);
  });

  test('a mention counts once', () => {
    expect(findSkillsInText('Kafka, kafka, KAFKA')).toEqual(['kafka']);
  });
});
