/**
 * Dependency manifests → package names, one pure and tolerant parser per format.
 * A malformed file gives no dependencies, never an exception.
 */
import { z } from 'zod';
import { Ecosystem } from '../skills/schema';
import { manifestKind } from '../skills/manifests';
import { readTomlEntries, tomlStringArray, tomlVersion } from './toml-lite';

export const ManifestDependency = z.object({
  ecosystem: Ecosystem,
  name: z.string().min(1),
  version: z.string().nullable(),
  /** development/test only (weighs less) */
  dev: z.boolean(),
});
export type ManifestDependency = z.infer<typeof ManifestDependency>;

function dep(ecosystem: Ecosystem, name: string, version: string | null, dev: boolean): ManifestDependency {
  return { ecosystem, name: name.trim(), version: version?.trim() || null, dev };
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function objectEntries(v: unknown): [string, unknown][] {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.entries(v) : [];
}

export function parsePackageJson(text: string): ManifestDependency[] {
  const pkg = parseJsonObject(text);
  if (!pkg) return [];
  const out: ManifestDependency[] = [];
  for (const [field, dev] of [['dependencies', false], ['peerDependencies', false], ['optionalDependencies', false], ['devDependencies', true]] as const) {
    for (const [name, version] of objectEntries(pkg[field])) {
      if (name) out.push(dep('npm', name, typeof version === 'string' ? version : null, dev));
    }
  }
  return out;
}

/** PEP 508 requirement → normalized name and version spec. */
function pythonRequirement(spec: string, dev: boolean): ManifestDependency | null {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;#]*)/.exec(spec);
  if (!m?.[1]) return null;
  return dep('pypi', m[1].toLowerCase().replace(/[-_.]+/g, '-'), m[3] ?? null, dev);
}

export function parseRequirementsTxt(text: string, dev = false): ManifestDependency[] {
  const out: ManifestDependency[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line)) continue;
    const d = pythonRequirement(line, dev);
    if (d) out.push(d);
  }
  return out;
}

export function parsePyprojectToml(text: string): ManifestDependency[] {
  const entries = readTomlEntries(text);
  if (!entries) return [];
  const out: ManifestDependency[] = [];
  for (const { table, key, value } of entries) {
    if (table === 'project' && key === 'dependencies') {
      for (const s of tomlStringArray(value)) {
        const d = pythonRequirement(s, false);
        if (d) out.push(d);
      }
    } else if (table === 'project.optional-dependencies' || table === 'dependency-groups') {
      for (const s of tomlStringArray(value)) {
        const d = pythonRequirement(s, true);
        if (d) out.push(d);
      }
    } else if (/^tool\.poetry\.(dev-dependencies|dependencies|group\.[^.]+\.dependencies)$/.test(table)) {
      if (key.toLowerCase() === 'python') continue;
      const d = pythonRequirement(key, table !== 'tool.poetry.dependencies');
      if (d) out.push({ ...d, version: tomlVersion(value) });
    }
  }
  return out;
}

export function parsePipfile(text: string): ManifestDependency[] {
  const entries = readTomlEntries(text);
  if (!entries) return [];
  return entries
    .filter((e) => e.table === 'packages' || e.table === 'dev-packages')
    .map((e) => pythonRequirement(e.key, e.table === 'dev-packages'))
    .filter((d): d is ManifestDependency => d !== null);
}

export function parseGoMod(text: string): ManifestDependency[] {
  if (!/^\s*module\s+\S+/m.test(text)) return [];
  const out: ManifestDependency[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (inBlock) {
      if (line.startsWith(')')) {
        inBlock = false;
        continue;
      }
      const m = /^([^\s/][^\s]*)\s+(v[^\s]+)(.*)$/.exec(line);
      if (m?.[1]) out.push(dep('go', m[1], m[2] ?? null, /\/\/\s*indirect/.test(m[3] ?? '')));
      continue;
    }
    if (/^require\s*\($/.test(line)) {
      inBlock = true;
      continue;
    }
    const single = /^require\s+(\S+)\s+(v\S+)(.*)$/.exec(line);
    if (single?.[1]) out.push(dep('go', single[1], single[2] ?? null, /\/\/\s*indirect/.test(single[3] ?? '')));
  }
  return out;
}

function xmlText(block: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(block);
  return m?.[1] ?? null;
}

export function parsePomXml(text: string): ManifestDependency[] {
  if (!/<project[\s>]/.test(text)) return [];
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const out: ManifestDependency[] = [];
  const parent = /<parent>([\s\S]*?)<\/parent>/.exec(body)?.[1];
  if (parent) {
    const g = xmlText(parent, 'groupId');
    const a = xmlText(parent, 'artifactId');
    if (g && a) out.push(dep('maven', `${g}:${a}`, xmlText(parent, 'version'), false));
  }
  for (const m of body.matchAll(/<(dependency|plugin)>([\s\S]*?)<\/\1>/g)) {
    const block = m[2] ?? '';
    const g = xmlText(block, 'groupId') ?? (m[1] === 'plugin' ? 'org.apache.maven.plugins' : null);
    const a = xmlText(block, 'artifactId');
    if (!g || !a) continue;
    out.push(dep('maven', `${g}:${a}`, xmlText(block, 'version'), xmlText(block, 'scope') === 'test'));
  }
  return out;
}

export function parseGradle(text: string): ManifestDependency[] {
  const out: ManifestDependency[] = [];
  const conf = /\b(implementation|api|compile|compileOnly|runtimeOnly|annotationProcessor|kapt|ksp|testImplementation|testCompileOnly|testRuntimeOnly|androidTestImplementation)\s*\(?\s*(?:platform\s*\(\s*)?["']([^"':\s]+):([^"':\s]+)(?::([^"'\s]+))?["']/g;
  for (const m of text.matchAll(conf)) {
    if (m[2] && m[3]) out.push(dep('maven', `${m[2]}:${m[3]}`, m[4] ?? null, (m[1] ?? '').startsWith('test') || (m[1] ?? '').startsWith('androidTest')));
  }
  // plugins { id("org.springframework.boot") version "3.2.0" } → the plugin marker artifact
  for (const m of text.matchAll(/\bid\s*\(?\s*["']([\w.-]+)["']\s*\)?(?:\s*version\s*\(?\s*["']([^"']+)["'])?/g)) {
    if (m[1]) out.push(dep('maven', `${m[1]}:${m[1]}.gradle.plugin`, m[2] ?? null, false));
  }
  return out;
}

export function parseGemfile(text: string): ManifestDependency[] {
  const out: ManifestDependency[] = [];
  let devDepth = 0;
  let depth = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (/^group\b.*\bdo$/.test(line)) {
      depth++;
      if (/:(test|development)\b/.test(line)) devDepth = depth;
      continue;
    }
    if (/\bdo(\s*\|[^|]*\|)?$/.test(line)) depth++;
    if (line === 'end') {
      if (devDepth === depth) devDepth = 0;
      depth = Math.max(0, depth - 1);
      continue;
    }
    const m = /^gem\s+["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?(.*)$/.exec(line);
    if (m?.[1]) out.push(dep('rubygems', m[1], m[2] ?? null, devDepth > 0 || /group:\s*\[?:?(test|development)/.test(m[3] ?? '')));
  }
  return out;
}

export function parseComposerJson(text: string): ManifestDependency[] {
  const pkg = parseJsonObject(text);
  if (!pkg) return [];
  const out: ManifestDependency[] = [];
  for (const [field, dev] of [['require', false], ['require-dev', true]] as const) {
    for (const [name, version] of objectEntries(pkg[field])) {
      if (name === 'php' || name.startsWith('ext-') || !name.includes('/')) continue;
      out.push(dep('composer', name, typeof version === 'string' ? version : null, dev));
    }
  }
  return out;
}

export function parseCsproj(text: string): ManifestDependency[] {
  if (!/<Project[\s>]/.test(text)) return [];
  const out: ManifestDependency[] = [];
  const sdk = /<Project\s+Sdk\s*=\s*"([^"]+)"/.exec(text)?.[1];
  if (sdk === 'Microsoft.NET.Sdk.Web') out.push(dep('nuget', 'Microsoft.AspNetCore.App', null, false));
  for (const m of text.matchAll(/<PackageReference\s+Include\s*=\s*"([^"]+)"(?:\s+Version\s*=\s*"([^"]*)")?/g)) {
    if (m[1]) out.push(dep('nuget', m[1], m[2] ?? null, false));
  }
  return out;
}

export function parseCargoToml(text: string): ManifestDependency[] {
  const entries = readTomlEntries(text);
  if (!entries) return [];
  const out: ManifestDependency[] = [];
  const seen = new Set<string>();
  for (const { table, key, value } of entries) {
    const section = /^(?:workspace\.|target\.[^.]+\.)?(dependencies|dev-dependencies|build-dependencies)(?:\.(.+))?$/.exec(table);
    if (!section) continue;
    const dev = section[1] !== 'dependencies';
    // [dependencies.serde] version = "1"
    const name = section[2] ?? key;
    if (section[2] && key !== 'version') {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(dep('cargo', name, null, dev));
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(dep('cargo', name, section[2] ? tomlVersion(value) : tomlVersion(value), dev));
  }
  return out;
}

/** Parses any known manifest by its path; unknown or malformed → []. */
export function parseManifest(path: string, text: string): ManifestDependency[] {
  switch (manifestKind(path)) {
    case 'package.json': return parsePackageJson(text);
    case 'requirements.txt': return parseRequirementsTxt(text, /(dev|test)/i.test(path.split('/').pop() ?? ''));
    case 'pyproject.toml': return parsePyprojectToml(text);
    case 'Pipfile': return parsePipfile(text);
    case 'go.mod': return parseGoMod(text);
    case 'pom.xml': return parsePomXml(text);
    case 'build.gradle': return parseGradle(text);
    case 'Gemfile': return parseGemfile(text);
    case 'composer.json': return parseComposerJson(text);
    case 'csproj': return parseCsproj(text);
    case 'Cargo.toml': return parseCargoToml(text);
    case null: return [];
  }
}
