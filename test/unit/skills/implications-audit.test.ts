/**
 * An audit of the whole taxonomy for the inferences a hiring manager makes:
 * a framework means its language, a web framework means API work, a GraphQL
 * or gRPC library means GraphQL or gRPC. A skill added later has to pass the
 * same checks, or be named below with the reason it is an exception.
 */
import { describe, expect, test } from 'vitest';
import {
  TAXONOMY, findSkillsInText, impliedSkills, matchSkillName, skillById, skillsForPackage, type Ecosystem, type Skill,
} from '../../../lib/skills';

const API_STYLES = ['rest', 'graphql', 'grpc'] as const;

/** categories whose skills are frameworks or libraries written in one language */
const FRAMEWORK_CATEGORIES = new Set<Skill['category']>(['framework', 'frontend', 'mobile', 'testing']);

/** skills in those categories that are not tied to one language, and why */
const NOT_ONE_LANGUAGE: Readonly<Record<string, string>> = {
  'html-css': 'markup and style sheets, not a framework of a language',
  android: 'a platform written in Java or Kotlin',
  ios: 'a platform written in Swift or Objective-C',
  playwright: 'browser automation driven from JavaScript, Python, Java or .NET',
};

/** the language a manifest of each ecosystem is written in; any of these counts */
const ECOSYSTEM_LANGUAGES: Readonly<Record<Ecosystem, readonly string[]>> = {
  npm: ['javascript'],
  pypi: ['python'],
  go: ['go'],
  maven: ['java', 'kotlin', 'scala'],
  rubygems: ['ruby'],
  composer: ['php'],
  nuget: ['csharp'],
  cargo: ['rust'],
};

const isLanguage = (id: string): boolean => skillById(id)?.category === 'language';
const frameworks = TAXONOMY.filter((s) => FRAMEWORK_CATEGORIES.has(s.category) && !(s.id in NOT_ONE_LANGUAGE));
const webFrameworks = TAXONOMY.filter((s) => s.category === 'framework');

/** a package points at `target` when a skill it names is `target` or implies it */
function pointsAt(ecosystem: Ecosystem, name: string, target: string): boolean {
  return skillsForPackage(ecosystem, name).some((id) => id === target || impliedSkills(id).includes(target));
}

function packagesOf(s: Skill): [Ecosystem, string][] {
  return (Object.entries(s.detect.packages) as [Ecosystem, string[] | undefined][]).flatMap(([eco, names]) =>
    (names ?? []).map((n): [Ecosystem, string] => [eco, n]),
  );
}

describe('the implication graph', () => {
  test('every implication names a skill that exists, and never the skill itself', () => {
    for (const s of TAXONOMY) {
      for (const target of s.implies) {
        expect(skillById(target), `${s.id} → ${target}`).toBeDefined();
        expect(target, s.id).not.toBe(s.id);
      }
    }
  });

  test('has no cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        cycles.push([...path.slice(path.indexOf(id)), id].join(' → '));
        return;
      }
      state.set(id, 'open');
      for (const next of skillById(id)?.implies ?? []) visit(next, [...path, id]);
      state.set(id, 'done');
    };
    for (const s of TAXONOMY) visit(s.id, []);
    expect(cycles).toEqual([]);
  });

  test('the exceptions below name skills that exist in the categories they excuse', () => {
    for (const id of Object.keys(NOT_ONE_LANGUAGE)) {
      const s = skillById(id);
      expect(s, id).toBeDefined();
      expect(FRAMEWORK_CATEGORIES.has(s!.category), id).toBe(true);
    }
  });
});

describe('every framework implies its language', () => {
  test('the audit covers the frameworks a backend role asks for', () => {
    expect(frameworks.length).toBeGreaterThanOrEqual(30);
    expect(webFrameworks.map((s) => s.id)).toEqual(expect.arrayContaining([
      'django', 'django-rest-framework', 'flask', 'fastapi', 'express', 'nestjs', 'fastify', 'koa', 'spring-boot',
      'quarkus', 'laravel', 'symfony', 'rails', 'aspnet', 'gin', 'echo', 'fiber', 'phoenix',
    ]));
  });

  test.each(frameworks.map((s) => [s.id, s] as const))('%s implies a language', (_id, s) => {
    expect(impliedSkills(s.id).filter(isLanguage), s.id).not.toEqual([]);
  });

  test.each(webFrameworks.map((s) => [s.id, s] as const))('%s implies the language of the packages that detect it', (_id, s) => {
    const ecosystems = Object.keys(s.detect.packages) as Ecosystem[];
    const implied = impliedSkills(s.id);
    for (const eco of ecosystems) {
      expect(ECOSYSTEM_LANGUAGES[eco].some((lang) => implied.includes(lang)), `${s.id} (${eco}) → ${implied.join(', ')}`).toBe(true);
    }
  });
});

describe('every web framework implies an API style', () => {
  test.each(webFrameworks.map((s) => [s.id, s] as const))('%s implies REST, GraphQL or gRPC', (_id, s) => {
    const implied = impliedSkills(s.id);
    expect(API_STYLES.some((style) => implied.includes(style)), `${s.id} → ${implied.join(', ')}`).toBe(true);
  });

  test('the frameworks the issue names imply REST', () => {
    for (const id of ['django-rest-framework', 'fastapi', 'flask', 'django', 'express', 'nestjs', 'spring-boot', 'rails', 'laravel', 'aspnet', 'gin', 'echo', 'fiber']) {
      expect(impliedSkills(id), id).toContain('rest');
    }
  });
});

describe('Django REST framework', () => {
  test('is a skill that implies Django, Python and REST', () => {
    expect(skillById('django-rest-framework')?.category).toBe('framework');
    expect(impliedSkills('django-rest-framework')).toEqual(expect.arrayContaining(['django', 'python', 'rest']));
  });

  test('its manifest entry counts as DRF and as Django, and so points at REST', () => {
    expect(skillsForPackage('pypi', 'djangorestframework')).toEqual(expect.arrayContaining(['django-rest-framework', 'django']));
    expect(pointsAt('pypi', 'djangorestframework', 'rest')).toBe(true);
    expect(pointsAt('pypi', 'djangorestframework-simplejwt', 'rest')).toBe(true);
  });

  test('a LinkedIn label naming it reads as DRF; text naming it counts for both', () => {
    expect(matchSkillName('Django REST Framework')).toBe('django-rest-framework');
    expect(matchSkillName('DRF')).toBe('django-rest-framework');
    expect(matchSkillName('Django')).toBe('django');
    expect(findSkillsInText('Built APIs with Django REST Framework')).toEqual(expect.arrayContaining(['django-rest-framework', 'django']));
  });
});

describe('GraphQL and gRPC libraries', () => {
  const GRAPHQL_LIBRARIES: readonly [Ecosystem, string][] = [
    ['npm', 'graphql'], ['npm', '@apollo/server'], ['npm', 'apollo-server'], ['npm', 'apollo-server-express'], ['npm', 'graphql-yoga'],
    ['npm', 'mercurius'], ['npm', '@nestjs/graphql'], ['npm', 'type-graphql'], ['npm', 'express-graphql'], ['npm', '@graphql-tools/schema'],
    ['pypi', 'graphene'], ['pypi', 'graphene-django'], ['pypi', 'strawberry-graphql'], ['pypi', 'strawberry-graphql-django'], ['pypi', 'ariadne'],
    ['maven', 'com.graphql-java:graphql-java'], ['maven', 'com.netflix.graphql.dgs:graphql-dgs-spring-boot-starter'],
    ['maven', 'org.springframework.boot:spring-boot-starter-graphql'], ['maven', 'org.springframework.graphql:spring-graphql'],
    ['go', 'github.com/99designs/gqlgen'], ['go', 'github.com/graphql-go/graphql'], ['go', 'github.com/graph-gophers/graphql-go'],
    ['rubygems', 'graphql'], ['nuget', 'HotChocolate.AspNetCore'], ['nuget', 'GraphQL.Server.Transports.AspNetCore'],
    ['composer', 'webonyx/graphql-php'], ['composer', 'nuwave/lighthouse'], ['cargo', 'async-graphql'], ['cargo', 'juniper'],
  ];
  const GRPC_LIBRARIES: readonly [Ecosystem, string][] = [
    ['npm', '@grpc/grpc-js'], ['npm', '@grpc/proto-loader'], ['npm', 'nice-grpc'], ['npm', '@connectrpc/connect'],
    ['pypi', 'grpcio'], ['pypi', 'grpcio-tools'], ['pypi', 'grpcio_status'], ['pypi', 'grpclib'],
    ['maven', 'io.grpc:grpc-netty-shaded'], ['maven', 'io.grpc:grpc-stub'], ['maven', 'net.devh:grpc-server-spring-boot-starter'],
    ['go', 'google.golang.org/grpc'], ['go', 'github.com/grpc-ecosystem/grpc-gateway/v2'], ['go', 'connectrpc.com/connect'],
    ['rubygems', 'grpc'], ['composer', 'grpc/grpc'], ['nuget', 'Grpc.AspNetCore'], ['nuget', 'Grpc.Net.Client'], ['cargo', 'tonic'],
  ];

  test.each(GRAPHQL_LIBRARIES)('%s %s points at graphql', (eco, name) => {
    expect(pointsAt(eco, name, 'graphql'), `${eco} ${name} → ${skillsForPackage(eco, name).join(', ')}`).toBe(true);
  });

  test.each(GRPC_LIBRARIES)('%s %s points at grpc', (eco, name) => {
    expect(pointsAt(eco, name, 'grpc'), `${eco} ${name} → ${skillsForPackage(eco, name).join(', ')}`).toBe(true);
  });

  test('every skill listing a package named for GraphQL or gRPC is, or implies, that API style', () => {
    const wrong: string[] = [];
    for (const s of TAXONOMY) {
      const covers = [s.id, ...impliedSkills(s.id)];
      for (const [eco, name] of packagesOf(s)) {
        const lower = name.toLowerCase();
        if (/graphql|apollo|hotchocolate|gqlgen/.test(lower) && !covers.includes('graphql')) wrong.push(`${s.id}: ${eco} ${name}`);
        if (/grpc|protobuf/.test(lower) && !covers.includes('grpc')) wrong.push(`${s.id}: ${eco} ${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
