/**
 * What does not count as the person's own code, after GitHub linguist's rules:
 * vendored and generated paths, minified files, and languages (notebooks,
 * markup) whose bytes say little about skill.
 */

/** Languages left out of the byte shares: notebooks embed outputs, markup is not code. */
const EXCLUDED_LANGUAGES = new Set(['Jupyter Notebook', 'HTML', 'CSS', 'SCSS', 'Less', 'Markdown', 'TeX', 'Roff', 'Text']);

/** Languages whose bytes are discounted, not excluded (they still count as a signal). */
const DISCOUNTED_LANGUAGES: ReadonlyMap<string, number> = new Map([
  ['Jupyter Notebook', 0.1],
  ['HTML', 0.3],
  ['CSS', 0.3],
  ['SCSS', 0.3],
  ['Less', 0.3],
]);

export function isExcludedFromShares(language: string): boolean {
  return EXCLUDED_LANGUAGES.has(language);
}

/** The factor applied to a language's bytes when weighing it as evidence (1 for code). */
export function languageBytesFactor(language: string): number {
  return DISCOUNTED_LANGUAGES.get(language) ?? (EXCLUDED_LANGUAGES.has(language) ? 0 : 1);
}

const VENDORED = [
  /(^|\/)node_modules\//,
  /(^|\/)bower_components\//,
  /(^|\/)vendor(s)?\//,
  /(^|\/)third[-_]?party\//,
  /(^|\/)external\//,
  /(^|\/)deps\//,
  /(^|\/)\.yarn\//,
  /(^|\/)Pods\//,
  /(^|\/)dist\//,
  /(^|\/)build\//,
  /(^|\/)target\//,
  /(^|\/)\.venv\//,
  /(^|\/)venv\//,
  /(^|\/)site-packages\//,
];

const GENERATED = [
  /\.min\.(js|css)$/,
  /[-.]bundle\.js$/,
  /\.pb\.go$/,
  /_pb2\.py$/,
  /\.generated\.\w+$/,
  /(^|\/)generated\//,
  /(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Cargo\.lock|Gemfile\.lock|composer\.lock|go\.sum)$/,
];

/** True for a path linguist would call vendored or generated (it is not the person's work). */
export function isVendoredOrGenerated(path: string): boolean {
  return VENDORED.some((r) => r.test(path)) || GENERATED.some((r) => r.test(path));
}
