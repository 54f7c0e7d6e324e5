/**
 * Finding skills in free text (bios, role descriptions, README lines) and
 * reading a LinkedIn skill label as a skill id. Precision before recall: names
 * that are also ordinary words are matched only in their technical spelling.
 */
import { TAXONOMY } from './taxonomy';

/**
 * Names that need care in running text, keyed by lower-case spelling.
 * - `label`: only a whole label means the skill ("C", "R"), never a word in text;
 * - `case`: in text only with exactly the casing written here ("Go", "REST", "React").
 */
const CAREFUL: Readonly<Record<string, { mode: 'label' } | { mode: 'case'; spelling: string }>> = {
  c: { mode: 'label' },
  r: { mode: 'label' },
  sh: { mode: 'label' },
  hcl: { mode: 'label' },
  eda: { mode: 'label' },
  phoenix: { mode: 'label' },
  docs: { mode: 'label' },
  security: { mode: 'label' },
  cache: { mode: 'label' },
  logging: { mode: 'label' },
  monitoring: { mode: 'label' },
  containers: { mode: 'label' },
  transformers: { mode: 'label' },
  // framework names that are ordinary words: only a whole label ("Echo", "Fiber") means them
  echo: { mode: 'label' },
  fiber: { mode: 'label' },
  hapi: { mode: 'label' },
  ...caseSensitive([
    'Go', 'REST', 'Swift', 'Rust', 'Spark', 'Rails', 'Spring', 'Express', 'Node', 'React', 'Lambda',
    'Hive', 'Chroma', 'Apollo', 'Expo', 'Helm', 'Jest', 'Mocha', 'Chai', 'Airflow', 'Prefect', 'Luigi',
    'Torch', 'Gin', 'Selenium', 'Cypher', 'Confluent', 'Jenkins', 'Dart', 'Ruby', 'Angular', 'Flutter',
    'Cassandra', 'Pinecone', 'Elixir', 'TS', 'JS', 'AI', 'ML', 'NLP', 'GPT', 'RAG', 'ETL', 'ELT', 'SSO',
    'SOA', 'DRF', 'RoR', 'Koa', 'CDK', 'IaC', 'CQL', 'SNS', 'SQS', 'AKS', 'EKS', 'GKE', 'ELK', 'TLS', 'CDN',
  ]),
};

function caseSensitive(spellings: readonly string[]): Record<string, { mode: 'case'; spelling: string }> {
  return Object.fromEntries(spellings.map((s) => [s.toLowerCase(), { mode: 'case' as const, spelling: s }]));
}

/** "Go" is a word in English too: refuse it before phrases where it is the verb. */
const GO_PATTERN =
  "(?<!Let['’]s\\s)Go(?![\\s-]+(?:to|ahead|back|for|out|on|live|further|beyond|through|get|big|home|away|over|in|up|down)(?![\\p{L}\\p{N}_]))";

const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_#+])';

/** the key two spellings of one name share: lower-case, spaces and hyphens dropped. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-_]+/g, '');
}
function caseKey(text: string): string {
  return text.replace(/[\s\-_]+/g, '');
}

function escapeTerm(term: string): string {
  return term
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s-]?');
}

interface Compiled {
  insensitive: RegExp | null;
  sensitive: RegExp | null;
  byKey: Map<string, string[]>;
  byCaseKey: Map<string, string[]>;
  /** every name, id and alias (label matching), lower-cased key → ids in taxonomy order */
  labels: Map<string, string[]>;
}

let compiled: Compiled | null = null;

function push(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function compile(): Compiled {
  if (compiled) return compiled;
  const byKey = new Map<string, string[]>();
  const byCaseKey = new Map<string, string[]>();
  const labels = new Map<string, string[]>();
  const ci = new Set<string>();
  const cs = new Set<string>();
  for (const s of TAXONOMY) {
    push(labels, nameKey(s.id), s.id);
    for (const term of [s.name, ...s.aliases]) {
      push(labels, nameKey(term), s.id);
      const careful = CAREFUL[term.toLowerCase()];
      if (careful?.mode === 'label') continue;
      if (careful?.mode === 'case') {
        push(byCaseKey, caseKey(careful.spelling), s.id);
        cs.add(careful.spelling);
      } else {
        push(byKey, nameKey(term), s.id);
        ci.add(term);
      }
    }
  }
  const alternation = (terms: Set<string>): string =>
    [...terms]
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map((t) => (t === 'Go' ? GO_PATTERN : escapeTerm(t)))
      .join('|');
  const insensitive = ci.size > 0 ? new RegExp(`${BEFORE}(?:${alternation(ci)})${AFTER}`, 'giu') : null;
  const sensitive = cs.size > 0 ? new RegExp(`${BEFORE}(?:${alternation(cs)})${AFTER}`, 'gu') : null;
  compiled = { insensitive, sensitive, byKey, byCaseKey, labels };
  return compiled;
}

/**
 * Skill ids named in a piece of text, in order of first mention, each once.
 * Whole words only; ambiguous names only in their technical spelling.
 */
export function findSkillsInText(text: string): string[] {
  if (!text) return [];
  const c = compile();
  const hits: { index: number; ids: string[] }[] = [];
  if (c.insensitive) {
    for (const m of text.matchAll(c.insensitive)) {
      hits.push({ index: m.index, ids: c.byKey.get(nameKey(m[0])) ?? [] });
    }
  }
  if (c.sensitive) {
    for (const m of text.matchAll(c.sensitive)) {
      hits.push({ index: m.index, ids: c.byCaseKey.get(caseKey(m[0])) ?? [] });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  const out: string[] = [];
  for (const h of hits) for (const id of h.ids) if (!out.includes(id)) out.push(id);
  return out;
}

const LABEL_SUFFIXES = [
  ' programming language', ' language', ' programming', ' framework', ' development', ' developer',
  ' (programming language)', ' apis', ' api', ' services', ' platform', ' database', ' databases', ' db',
];

/** The skill whose id, name or alias this is exactly (case and punctuation folded), or null. */
export function skillIdForName(text: string): string | null {
  const key = nameKey(text);
  return key ? (compile().labels.get(key)?.[0] ?? null) : null;
}

/**
 * A LinkedIn skill label ("PostgreSQL", "Node.js", "Amazon Web Services (AWS)",
 * "C#", ".NET Core") → the skill id, or null when it names no known skill.
 */
export function matchSkillName(label: string): string | null {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  if (!trimmed) return null;
  const lookup = skillIdForName;
  const direct = lookup(trimmed);
  if (direct) return direct;
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(trimmed);
  if (paren) {
    const outer = paren[1] ?? '';
    const inner = paren[2] ?? '';
    const found = lookup(outer) ?? lookup(inner);
    if (found) return found;
  }
  const lower = trimmed.toLowerCase();
  for (const suffix of LABEL_SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) {
      const found = lookup(trimmed.slice(0, trimmed.length - suffix.length));
      if (found) return found;
    }
  }
  return findSkillsInText(trimmed)[0] ?? null;
}
