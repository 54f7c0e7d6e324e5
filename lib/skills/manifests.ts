/**
 * Which repository files are dependency manifests, and of what kind. Shared
 * by the request planner (which manifest to fetch) and the manifest parsers
 * (how to read it).
 */
import { z } from 'zod';

export const ManifestKind = z.enum([
  'package.json', 'requirements.txt', 'pyproject.toml', 'Pipfile', 'go.mod', 'pom.xml',
  'build.gradle', 'Gemfile', 'composer.json', 'csproj', 'Cargo.toml',
]);
export type ManifestKind = z.infer<typeof ManifestKind>;

/** The manifest kind of a repository path, or null. */
export function manifestKind(path: string): ManifestKind | null {
  const base = path.split('/').pop() ?? '';
  if (base === 'build.gradle' || base === 'build.gradle.kts') return 'build.gradle';
  if (base.endsWith('.csproj')) return 'csproj';
  if (/^requirements([-_.][\w.-]*)?\.txt$/.test(base)) return 'requirements.txt';
  const parsed = ManifestKind.safeParse(base);
  return parsed.success && parsed.data !== 'csproj' ? parsed.data : null;
}
