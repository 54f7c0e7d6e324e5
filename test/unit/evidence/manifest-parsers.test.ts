import { describe, expect, test } from 'vitest';
import { parseManifest } from '@/lib/evidence/manifest-parsers';
import { manifestKind } from '@/lib/skills/manifests';
import { pickManifestPath } from '@/lib/github/request-planner';

const names = (path: string, text: string) => parseManifest(path, text).map((d) => `${d.ecosystem}:${d.name}${d.dev ? ' (dev)' : ''}`);

describe('manifest parsers', () => {
  test('package.json: dependencies and devDependencies', () => {
    expect(names('package.json', JSON.stringify({ dependencies: { express: '^4.18.2', pg: '8' }, devDependencies: { jest: '29' } }))).toEqual([
      'npm:express', 'npm:pg', 'npm:jest (dev)',
    ]);
  });
  test('requirements.txt: names normalized, extras, comments and options skipped', () => {
    expect(names('requirements.txt', '# web\nDjango>=4.2\nuvicorn[standard]==0.29  # server\n-r base.txt\npsycopg2_binary\n\nhttps://x/y.whl\n')).toEqual([
      'pypi:django', 'pypi:uvicorn', 'pypi:psycopg2-binary',
    ]);
  });
  test('pyproject.toml: PEP 621 and Poetry', () => {
    const pep = '[project]\nname = "x"\ndependencies = [\n  "fastapi>=0.110",\n  "sqlalchemy",\n]\n[project.optional-dependencies]\ntest = ["pytest"]\n';
    expect(names('pyproject.toml', pep)).toEqual(['pypi:fastapi', 'pypi:sqlalchemy', 'pypi:pytest (dev)']);
    const poetry = '[tool.poetry.dependencies]\npython = "^3.11"\nflask = "^3.0"\nredis = { version = "5", extras = ["hiredis"] }\n[tool.poetry.group.dev.dependencies]\nblack = "*"\n';
    expect(names('pyproject.toml', poetry)).toEqual(['pypi:flask', 'pypi:redis', 'pypi:black (dev)']);
  });
  test('Pipfile', () => {
    expect(names('Pipfile', '[packages]\ndjango = "*"\n\n[dev-packages]\npytest = "*"\n')).toEqual(['pypi:django', 'pypi:pytest (dev)']);
  });
  test('go.mod: block and single requires, indirect as dev', () => {
    const mod = 'module github.com/a/b\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\nrequire (\n\tgithub.com/lib/pq v1.10.9\n\tgolang.org/x/sys v0.1.0 // indirect\n)\n';
    expect(names('go.mod', mod)).toEqual(['go:github.com/gin-gonic/gin', 'go:github.com/lib/pq', 'go:golang.org/x/sys (dev)']);
  });
  test('pom.xml: parent, dependencies, test scope', () => {
    const pom = `<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent>
      <dependencies><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
      <!-- <dependency><groupId>x</groupId><artifactId>commented</artifactId></dependency> -->
      <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency></dependencies></project>`;
    expect(names('pom.xml', pom)).toEqual([
      'maven:org.springframework.boot:spring-boot-starter-parent', 'maven:org.postgresql:postgresql', 'maven:org.junit.jupiter:junit-jupiter (dev)',
    ]);
  });
  test('build.gradle(.kts): configurations and plugin ids', () => {
    const kts = 'plugins {\n  id("org.springframework.boot") version "3.2.0"\n}\ndependencies {\n  implementation("org.springframework.boot:spring-boot-starter-web")\n  testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")\n}\n';
    expect(names('build.gradle.kts', kts)).toEqual([
      'maven:org.springframework.boot:spring-boot-starter-web',
      'maven:org.junit.jupiter:junit-jupiter (dev)',
      'maven:org.springframework.boot:org.springframework.boot.gradle.plugin',
    ]);
    expect(names('app/build.gradle', "dependencies {\n  compile 'mysql:mysql-connector-java:8.0.33'\n}\n")).toEqual(['maven:mysql:mysql-connector-java']);
  });
  test('Gemfile: test group as dev', () => {
    const gemfile = "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem \"pg\"\ngroup :development, :test do\n  gem 'rspec-rails'\nend\ngem 'sidekiq'\n";
    expect(names('Gemfile', gemfile)).toEqual(['rubygems:rails', 'rubygems:pg', 'rubygems:rspec-rails (dev)', 'rubygems:sidekiq']);
  });
  test('composer.json: php and extensions skipped', () => {
    expect(names('composer.json', JSON.stringify({ require: { php: '^8.2', 'ext-json': '*', 'laravel/framework': '^11' }, 'require-dev': { 'phpunit/phpunit': '^10' } }))).toEqual([
      'composer:laravel/framework', 'composer:phpunit/phpunit (dev)',
    ]);
  });
  test('*.csproj: web SDK and package references', () => {
    const csproj = '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.0" /></ItemGroup></Project>';
    expect(names('src/Api/Api.csproj', csproj)).toEqual(['nuget:Microsoft.AspNetCore.App', 'nuget:Npgsql.EntityFrameworkCore.PostgreSQL']);
  });
  test('Cargo.toml: inline tables, dotted tables, dev-dependencies', () => {
    const cargo = '[package]\nname = "x"\n\n[dependencies]\nserde = "1"\ntokio = { version = "1", features = ["full"] }\n\n[dependencies.sqlx]\nversion = "0.7"\n\n[dev-dependencies]\ncriterion = "0.5"\n';
    expect(names('Cargo.toml', cargo)).toEqual(['cargo:serde', 'cargo:tokio', 'cargo:sqlx', 'cargo:criterion (dev)']);
  });
  test('malformed files give nothing, never an exception', () => {
    expect(parseManifest('package.json', '{"dependencies": {"express": ')).toEqual([]);
    expect(parseManifest('package.json', '[1,2]')).toEqual([]);
    expect(parseManifest('composer.json', 'not json')).toEqual([]);
    expect(parseManifest('pyproject.toml', '[project]\ndependencies = ["a",\n')).toEqual([]);
    expect(parseManifest('Cargo.toml', 'this is not toml')).toEqual([]);
    expect(parseManifest('go.mod', '<html>404</html>')).toEqual([]);
    expect(parseManifest('pom.xml', '{"not": "xml"}')).toEqual([]);
    expect(parseManifest('notes.txt', 'express')).toEqual([]);
  });
  test('manifest kinds and the one manifest the REST plan reads', () => {
    expect(manifestKind('a/b/Service.csproj')).toBe('csproj');
    expect(manifestKind('requirements-dev.txt')).toBe('requirements.txt');
    expect(manifestKind('README.md')).toBeNull();
    expect(pickManifestPath(['node_modules/x/package.json', 'web/package.json', 'go.mod', 'examples/package.json'])).toBe('go.mod');
    expect(pickManifestPath(['requirements.txt', 'package.json'])).toBe('package.json');
    expect(pickManifestPath(['src/main.go'])).toBeNull();
  });
});
