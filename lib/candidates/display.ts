/** How a saved record is shown: its name, its handle, the role it is considered for. */
import type { Candidate } from './schema';

/** The GitHub login or LinkedIn slug a record is known by, else its id. */
export function handleOf(c: Pick<Candidate, 'id' | 'githubLogin' | 'linkedinSlug'>): string {
  return c.githubLogin ?? c.linkedinSlug ?? c.id;
}

/** The name a record is shown under: its name, else its handle. */
export function displayName(c: Pick<Candidate, 'id' | 'name' | 'githubLogin' | 'linkedinSlug'>): string {
  return c.name.trim() || handleOf(c);
}

/**
 * The role a record is considered for, as a recruiter knows it: the matrix's
 * current name (from `names`, matrix id → name), else the name the matrix had
 * when the snapshot was scored for that role, else the role id.
 */
export function roleNameOf(c: Pick<Candidate, 'roleId' | 'snapshot'>, names?: ReadonlyMap<string, string>): string {
  const known = names?.get(c.roleId);
  if (known) return known;
  if (c.snapshot.matrixId === c.roleId && c.snapshot.matrixName) return c.snapshot.matrixName;
  return c.roleId;
}
