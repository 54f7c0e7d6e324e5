/** `['matrices', 0, 'requirements', 2, 'priority']` → `matrices[0].requirements[2].priority`: a zod issue path as a recruiter reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
