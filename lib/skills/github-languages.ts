/** GitHub's linguist language names → taxonomy skill ids. */
const LANGUAGE_TO_SKILL: Readonly<Record<string, string>> = {
  Python: 'python',
  JavaScript: 'javascript',
  TypeScript: 'typescript',
  Java: 'java',
  Go: 'go',
  PHP: 'php',
  Ruby: 'ruby',
  'C#': 'csharp',
  Kotlin: 'kotlin',
  Swift: 'swift',
  Rust: 'rust',
  C: 'c',
  'C++': 'cpp',
  Scala: 'scala',
  Elixir: 'elixir',
  HCL: 'terraform',
  Dockerfile: 'docker',
  Dart: 'dart',
  Vue: 'vue',
  'Jupyter Notebook': 'jupyter',
  Shell: 'shell',
  SQL: 'sql',
  PLpgSQL: 'postgresql',
  TSQL: 'sql-server',
};

export function skillIdForGithubLanguage(language: string): string | null {
  return LANGUAGE_TO_SKILL[language] ?? null;
}
