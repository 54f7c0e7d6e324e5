/** The canonical addresses of a person's profiles, built in one place. */

export function githubProfileUrl(login: string): string {
  return `https://github.com/${login}`;
}

export function linkedinProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/** A section of a LinkedIn profile's details pages: `linkedinDetailsUrl('ana', 'experience')` → `…/in/ana/details/experience/`. */
export function linkedinDetailsUrl(slug: string, section: string): string {
  return `${linkedinProfileUrl(slug)}details/${encodeURIComponent(section)}/`;
}
