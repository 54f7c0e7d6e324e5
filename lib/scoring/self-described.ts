/**
 * Seniority as people describe themselves: "Senior Software Engineer at X",
 * "CS student", "Tech Lead", "10+ years of experience". Pure; reads English and
 * the common German, French, Spanish and Portuguese words.
 *
 * Precision comes before recall: a phrase counts only when it is about the
 * person. A level word needs a job noun ("Senior Engineer", not "senior
 * management"; "Lead Developer", not "lead generation" or "Lead (Pb)"); a noun
 * in the plural is about other people ("mentoring junior developers"); so is a
 * level word after a verb aimed at others ("mentoring a junior developer",
 * "hiring a Senior Engineer"). A junior word about the past ("former intern",
 * "started as a junior developer") does not count; a senior one does (a former
 * senior engineer has been one). In a LinkedIn about text, which tells a story,
 * a status word (student, intern) counts only when said in the present ("I am",
 * "currently").
 *
 * Which phrase wins: the LinkedIn headline over the GitHub bio over the LinkedIn
 * about text. Within the first of those that says anything, what the person
 * calls themselves (a title such as "Senior Engineer", then a status such as
 * "student") gives the band; a stated figure gives the band only when there is
 * no such word. A stated figure of years is returned in `years`, from the first
 * source that states one.
 */
import { z } from 'zod';
import { KnownSeniorityBand } from '../schemas/enums';
import { bandForYears } from '../matrix/schema';

export const SelfDescriptionSource = z.enum(['linkedin-headline', 'github-bio', 'linkedin-about']);
export type SelfDescriptionSource = z.infer<typeof SelfDescriptionSource>;

export const SelfDescription = z.object({ source: SelfDescriptionSource, text: z.string() });
export type SelfDescription = z.infer<typeof SelfDescription>;

/** A stated figure above this is not a career ("60 years of Linux" is a joke or a typo). */
export const MAX_STATED_YEARS = 50;

export const SelfDescribedSeniority = z.object({
  band: KnownSeniorityBand,
  /** the years of experience the person states, when they state a figure (the lower end of a range) */
  years: z.number().min(0).max(MAX_STATED_YEARS).nullable(),
  /** the words as the person wrote them; a title and a figure from two places are joined with " · " */
  phrase: z.string().min(1).max(400),
  /** where the words that gave the band were read */
  source: SelfDescriptionSource,
});
export type SelfDescribedSeniority = z.infer<typeof SelfDescribedSeniority>;

/** Sources in the order they are believed. */
export const SOURCE_ORDER: readonly SelfDescriptionSource[] = ['linkedin-headline', 'github-bio', 'linkedin-about'];

// ── building blocks ─────────────────────────────────────────────────────────

/** Word boundaries that understand accented letters (`\b` does not). */
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

/**
 * Job nouns, singular only: a plural is about other people. "Developer" in
 * "developer experience", "developer relations" and the like names a field.
 */
const ROLE = [
  'engineer', 'developer', 'dev', 'programmer', 'coder', 'architect', 'consultant', 'scientist', 'analyst',
  'administrator', 'sre', 'swe', 'sde', 'devops',
  // German
  '(?:software)?entwickler(?:in)?', 'programmierer(?:in)?', 'ingenieur(?:in)?', 'informatiker(?:in)?',
  // French
  'd[ée]veloppeu(?:r|se)', 'ing[ée]nieur(?:e)?', 'programmeu(?:r|se)',
  // Spanish and Portuguese
  'desarrollador(?:a)?', 'programador(?:a)?', 'ingenier[oa]', 'desenvolvedor(?:a)?', 'engenheir[oa]', 'analista',
].join('|');
const NOT_A_ROLE =
  '(?!\\s+(?:experience|relations|advoca\\w*|tools?|tooling|productivity|portal|communit\\w*|ecosystem|platform|programs?|conference|documentation|docs|happiness|success|marketing|evangelis\\w*)' +
  E +
  ')';
const ROLE_NOUN = `(?:${ROLE})${E}${NOT_A_ROLE}`;

/** words that may stand between a level and its noun ("Senior Python/Django Backend Developer"), never function words */
const STOP = '(?:a|an|the|i|my|our|we|you|he|she|they|is|am|are|was|were|be|been|became|become|as|at|of|for|in|with|to|from|by|and)';
const GAP = `(?!${STOP}${E})(?![-–—]+\\s)[^\\s|•·,;:()\\[\\]@!?–—]+`;
/** level words, which a gap never crosses ("Aspiring Senior Engineer" is not an aspiring engineer) */
const LEVEL_WORD = '(?:junior|j[uú]nior|jr|senior|s[eê]nior|sr|snr|lead|staff|principal|mid|intermediate|medior|pleno)';
const TITLE_GAP = `(?!${LEVEL_WORD}(?:${E}|\\.))${GAP}`;

// Level words before the noun, by band. Abbreviations take an optional dot.
const JUNIOR_BEFORE = '(?:junior|j[uú]nior|jr\\.?|entry[-\\s]level|graduate|trainee|apprentice|aspiring)';
const MID_BEFORE = '(?:mid[-\\s]?level|mid[-\\s]senior|intermediate|medior|semi[-\\s]?senior|ssr\\.?|pleno)';
const SENIOR_BEFORE = '(?:senior|s[eê]nior|sr\\.?|snr\\.?|lead|staff|principal|distinguished|leitende[rn]?)';
// Level words after the noun ("Desarrollador Backend Senior", "Desenvolvedor Pleno", "Développeur Junior").
const JUNIOR_AFTER = '(?:junior|j[uú]nior|jr\\.?|d[ée]butant(?:e)?)';
const MID_AFTER = '(?:mid[-\\s]?level|semi[-\\s]?senior|ssr\\.?|pleno|confirm[ée](?:e)?|medior)';
const SENIOR_AFTER = '(?:senior|s[eê]nior|sr\\.?)';

/** "lead" that is the metal, the sales term, or a part in a play */
const NOT_LEAD = `(?!\\s+(?:generation|gen|magnet|nurturing|scoring|qualification|management|poisoning|paint|pipes?|acid|time|story|role|actor|singer|guitarist|vocalist)${E})`;
/** "staff" that is not a level */
const NOT_STAFF = `(?!\\s+(?:augmentation|accountant|nurse|writer|sergeant|officer)${E})`;
/** "senior" that is a school year */
const NOT_SCHOOL_SENIOR = `(?!\\s+(?:year|thesis|capstone|citizens?|living|care)${E})`;

type Kind = 'title' | 'status';
interface Pattern {
  re: RegExp;
  band: KnownSeniorityBand | ((m: RegExpExecArray) => KnownSeniorityBand | null);
  kind: Kind;
}

const rx = (source: string): RegExp => new RegExp(source, 'giu');

const JUNIOR_WORD = new RegExp(`^${JUNIOR_BEFORE}$|^${JUNIOR_AFTER}$`, 'iu');
const MID_WORD = new RegExp(`^${MID_BEFORE}$|^${MID_AFTER}$`, 'iu');

function levelBand(word: string): KnownSeniorityBand {
  const w = word.toLowerCase();
  if (JUNIOR_WORD.test(w)) return 'junior';
  if (MID_WORD.test(w)) return 'mid';
  return 'senior';
}

const LEAD_AREAS =
  '(?:tech|technical|team|engineering|development|dev|software|backend|back[-\\s]end|frontend|front[-\\s]end|full[-\\s]?stack|platform|infrastructure|infra|devops|data|mobile|ios|android|web|qa|squad|chapter|api|cloud|security|ml|ai)';
const HEAD_AREAS =
  '(?:engineering|development|software(?:\\s+engineering|\\s+development)?|technology|tech|backend|back[-\\s]end|frontend|front[-\\s]end|platform|infrastructure|data(?:\\s+engineering)?|it|devops|r&d|product\\s+engineering|mobile|web|architecture|security|cloud)';
const ARCHITECT_KINDS =
  '(?:software|solutions?|cloud|systems?|technical|tech|enterprise|data|application|backend|platform|infrastructure|integration|security|aws|azure|gcp|devops|it|java|\\.net|salesforce|principal|lead|chief)';

const PATTERNS: readonly Pattern[] = [
  // "Senior Software Engineer", "Sr. Backend Dev", "Lead Developer", "Staff Engineer", "Junior Python Developer"
  {
    re: rx(`${B}(${JUNIOR_BEFORE}|${MID_BEFORE}|${SENIOR_BEFORE})(?:${E}|(?<=\\.))${NOT_LEAD}${NOT_STAFF}${NOT_SCHOOL_SENIOR}[-\\s]+(?:${TITLE_GAP}\\s+){0,4}?${ROLE_NOUN}`),
    band: (m) => levelBand(m[1] ?? ''),
    kind: 'title',
  },
  // "Desarrollador Backend Senior", "Desenvolvedor Pleno", "Développeur Full Stack Junior"
  {
    re: rx(`${B}(?:${ROLE})${E}(?:\\s+${GAP}){0,2}?\\s+(${JUNIOR_AFTER}|${MID_AFTER}|${SENIOR_AFTER})(?:${E}|(?<=\\.))`),
    band: (m) => levelBand(m[1] ?? ''),
    kind: 'title',
  },
  // "Software Engineer II", "SDE III": read the numeral exactly as written
  {
    re: rx(`${B}(?:${GAP}\\s+)?(?:${ROLE})\\s+(I{1,3}|IV|[123])(?=\\s*(?:$|[|•·,;:()@\\-–—]|at\\s))`),
    band: (m) => ({ I: 'junior', '1': 'junior', II: 'mid', '2': 'mid', III: 'senior', '3': 'senior', IV: 'senior' } as const)[m[1] ?? ''] ?? null,
    kind: 'title',
  },
  // "Tech Lead", "Team Lead", "Engineering Lead"
  { re: rx(`${B}${LEAD_AREAS}[-\\s]+lead${E}${NOT_LEAD}`), band: 'senior', kind: 'title' },
  // "Head of Engineering", "VP of Engineering", "Director of Engineering", "Engineering Manager", "CTO"
  { re: rx(`${B}head\\s+of\\s+${HEAD_AREAS}${E}`), band: 'senior', kind: 'title' },
  { re: rx(`${B}(?:vp|svp|vice\\s+president|director)(?:\\s+of)?\\s+(?:engineering|software|technology|development|platform|infrastructure|data\\s+engineering)${E}`), band: 'senior', kind: 'title' },
  { re: rx(`${B}engineering\\s+(?:manager|director)${E}`), band: 'senior', kind: 'title' },
  { re: rx(`${B}(?:cto|chief\\s+(?:technology|technical)\\s+officer|chief\\s+(?:software\\s+)?architect)${E}`), band: 'senior', kind: 'title' },
  // "Software Architect", "Solutions Architect"
  { re: rx(`${B}${ARCHITECT_KINDS}[-\\s]+architect${E}`), band: 'senior', kind: 'title' },
  // German, French, Spanish, Portuguese lead and architect titles
  {
    re: rx(
      `${B}(?:teamleiter(?:in)?|entwicklungsleiter(?:in)?|leiter(?:in)?\\s+(?:der\\s+)?(?:software)?entwicklung|(?:software[-\\s]?)architekt(?:in)?|architecte\\s+(?:logiciel|solutions?|technique|cloud|applicatif)|arquitect[oa]\\s+de\\s+(?:software|soluciones|sistemas)|arquitet[oa]\\s+de\\s+(?:software|solu[çc][õo]es|sistemas)|l[íi]der\\s+t[ée]cnic[oa])${E}`,
    ),
    band: 'senior',
    kind: 'title',
  },
  // status words: student, intern, trainee, apprentice, graduate
  {
    re: rx(
      `${B}(?:intern|internship|student|trainee|apprentice|fresher|undergrad(?:uate)?|werkstudent(?:in)?|praktikant(?:in)?|auszubildende[r]?|azubi|absolvent(?:in)?|[ée]tudiant(?:e)?|stagiaire|alternant(?:e)?|apprenti(?:e)?|estudiante|estudante|becari[oa]|pasante|practicante|estagi[áa]ri[oa]|aprendiz)${E}`,
    ),
    band: 'junior',
    kind: 'status',
  },
  {
    re: rx(`${B}(?:(?:recent(?:ly)?|new|fresh)\\s+(?:${GAP}\\s+){0,3}?grad(?:uate)?|bootcamp\\s+grad(?:uate)?|entry[-\\s]level|jeune\\s+dipl[ôo]m[ée](?:e)?|reci[ée]n\\s+(?:graduad|egresad)[oa]|rec[ée]m[-\\s]formad[oa])${E}`),
    band: 'junior',
    kind: 'status',
  },
];

// ── context filters ─────────────────────────────────────────────────────────

/** the text before `index` back to the start of its segment (a headline part, a sentence, a line) */
function before(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 80), index);
  const cut = Math.max(...[...head.matchAll(/[|•·\n!?;]|(?<!\b(?:sr|jr|snr|e\.g|i\.e|vs|dr|mr|ms))\.\s|[–—]\s/giu)].map((m) => m.index + m[0].length), 0);
  return head.slice(cut);
}

const TAIL_WORDS = '(?:\\s*[-\\s]+\\S+){0,4}?';
/** a verb or preposition aimed at other people: "mentoring a junior developer", "worked with a senior engineer" */
const FOR_OTHERS = new RegExp(
  `(?:${B}(?:mentor\\w*|coach\\w*|train(?:s|ed|ing)?|teach\\w*|tutor\\w*|manag(?:e|es|ed|ing)|leading|support\\w*|help\\w*|onboard\\w*|guid(?:e|es|ed|ing)|work(?:s|ed|ing)?\\s+with|report(?:s|ed|ing)?\\s+to|shadow\\w*|looking\\s+for|seeking|need(?:s|ed)?|want(?:s|ed)?|searching\\s+for)${TAIL_WORDS}` +
    // a preposition only when right before the phrase: "learning from a senior developer", not "from junior developer to Senior Engineer"
    `|${B}(?:with|alongside|among|for|from|under)(?:\\s+(?:a|an|the|our|my|other|fellow|more|many))?)\\s*$`,
  'iu',
);
/** a recruiter or a company speaking */
const RECRUITING = new RegExp(`${B}(?:hir(?:e|es|ed|ing)|recruit\\w*|we['’]?re|we\\s+are|join\\s+(?:us|our)|talent)${TAIL_WORDS}\\s*$`, 'iu');
/** after the phrase: a role being sought ("looking for junior developer roles") */
const SEEKING = new RegExp(`^(?:\\s+\\S+){0,4}?\\s+(?:roles?|positions?|jobs?|opportunit\\w*|openings?|internships?)${E}`, 'iu');
/** a wish, not a fact: "aspiring Senior Engineer", "on my way to becoming a senior developer" */
const FUTURE = new RegExp(
  `${B}(?:aspiring|wannabe|future|becom(?:e|ing)|to\\s+be|toward(?:s)?|on\\s+(?:my|the)\\s+(?:way|path|journey)\\s+to|soon(?:-to-be)?|next)${TAIL_WORDS}\\s*$`,
  'iu',
);
/** the past: "former intern", "ex-intern", "started as a junior developer" */
const PAST = new RegExp(
  `${B}(?:former(?:ly)?|ex|previously|used\\s+to\\s+be|started|began|start(?:ed|ing)?\\s+(?:out|my\\s+career)|back\\s+(?:in|then|when)|was|were|once|early\\s+(?:in\\s+my\\s+)?career|first\\s+job|prior)${TAIL_WORDS}[-\\s]*$`,
  'iu',
);
/** the present, as an about text must say it for a status word to count */
const PRESENT = new RegExp(`${B}(?:I\\s*am|I['’]m|currently|presently|now|at\\s+the\\s+moment|right\\s+now)(?:\\s+\\S+){0,6}\\s*$`, 'iu');
/** a title followed by a trainee word is a trainee ("Software Engineer Intern") */
const TRAINEE_AFTER = new RegExp(`^\\s*[-–(]?\\s*(?:intern|internship|trainee|apprentice|student|werkstudent(?:in)?|praktikant(?:in)?|stagiaire|becari[oa]|estagi[áa]ri[oa])${E}`, 'iu');
/** "lifelong student", "student of life" */
const NOT_A_STUDENT_BEFORE = new RegExp(`${B}(?:lifelong|life-long|eternal|perpetual|forever|constant|always\\s+an?|always\\s+the)\\s*$`, 'iu');
const NOT_A_STUDENT_AFTER = new RegExp(
  `^\\s+(?:of\\s+(?!(?:computer|software|informatics?|engineering|cs|data|mathematics|maths?|physics|it)${E})|success|affairs|services|loans?|housing|support|body)`,
  'iu',
);
/** "intern" the verb ("to intern") or an internship in the past */
const PAST_INTERNSHIP_AFTER = /^\s+(?:in|from|during)\s+(?:19|20)\d\d/iu;

interface Cue {
  band: KnownSeniorityBand;
  kind: Kind | 'figure';
  years: number | null;
  phrase: string;
  index: number;
  source: SelfDescriptionSource;
  /** which input text it came from, to tell a title and a figure in one text from two */
  textIndex: number;
}

function keepTitle(text: string, index: number, end: number, band: KnownSeniorityBand, kind: Kind, source: SelfDescriptionSource, matched: string): boolean {
  const pre = before(text, index);
  const post = text.slice(end, end + 60);
  if (RECRUITING.test(pre)) return false;
  if (FOR_OTHERS.test(pre) && !SEEKING.test(post)) return false;
  if (band !== 'junior' && (FUTURE.test(pre) || TRAINEE_AFTER.test(post))) return false;
  if (band === 'junior' && PAST.test(pre)) return false;
  if (kind === 'status') {
    const word = matched.toLowerCase();
    if (/student|estudiante|estudante|tudiant/u.test(word) && (NOT_A_STUDENT_BEFORE.test(pre) || NOT_A_STUDENT_AFTER.test(post))) return false;
    if (/intern/u.test(word) && PAST_INTERNSHIP_AFTER.test(post)) return false;
    if (source === 'linkedin-about' && !PRESENT.test(pre)) return false;
  }
  return true;
}

// ── stated figures ──────────────────────────────────────────────────────────

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  'twenty-five': 25, 'twenty five': 25, thirty: 30,
};
const NUM = `(?:\\d{1,2}(?:[.,]\\d)?|${Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length).map((w) => w.replace(' ', '\\s')).join('|')})`;

function toNumber(raw: string): number | null {
  const t = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t in WORD_NUMBERS) return WORD_NUMBERS[t] ?? null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** "10+ years", "8 years", "3-5 yrs", "over a decade", "two decades" */
const YEARS_HEAD = rx(
  `${B}(?:(?:over|more\\s+than|nearly|almost|about|around|~)\\s+)?(?:\\+\\s*)?(?:(${NUM})(?:\\s*(?:-|–|to)\\s*${NUM})?\\s*(\\+|\\s+plus)?\\s*(?:years?|yrs?\\.?)(?:['’](?!\\p{L}))?|(a|one|two|three)\\s+decades?)${E}`,
);
/** what must follow a figure for it to be a career: experience, a field, or building something */
const YEARS_TAIL: readonly RegExp[] = [
  new RegExp(`^\\s+(?:of\\s+)?(?:[\\p{L}#+.\\-/]+\\s+){0,3}?(?:experience|exp\\.?|expertise)${E}`, 'iu'),
  new RegExp(
    `^\\s+(?:in|within)\\s+(?:the\\s+|this\\s+)?(?:(?:tech(?:nology)?|software|it|engineering|programming|backend|back-end|frontend|front-end|web|coding|fintech|gaming|games|[\\p{L}#+.]+\\s+development|development)(?:\\s+(?:industry|field|sector|space|engineering|development))?|industry|field)${E}`,
    'iu',
  ),
  new RegExp(
    `^\\s+(?:as\\s+an?\\s+[\\p{L}-]+|building|developing|writing|shipping|coding|programming|designing|crafting|engineering|working\\s+(?:as|in|on|with)|professionally|doing\\s+(?:software|backend|web))${E}`,
    'iu',
  ),
];
/** "10+ years" standing alone in a headline part */
const PLUS_ALONE = /^\s*(?:$|[|•·,;:)\]\n–—-]|\.(?:\s|$)|and\s)/u;
const NOT_A_CAREER_AFTER = /^\s*(?:ago|old|from\s+now|later|earlier|back)(?![\p{L}])/iu;
/** "programming for 20 years", "in tech for over a decade" */
const CAREER_FOR = new RegExp(
  `${B}(?:programming|coding|developing|building\\s+software|writing\\s+(?:code|software)|(?:a\\s+)?(?:software\\s+)?(?:developer|engineer|programmer)|in\\s+(?:tech|software|it|the\\s+industry))\\s+(?:professionally\\s+)?for\\s+(?:the\\s+(?:past|last)\\s+)?$`,
  'iu',
);
const NOT_A_CAREER_BEFORE = /(?:^|\s)(?:in|within|after|next|until|by)\s*$/iu;

/** German, French, Spanish, Portuguese: "10 Jahre Berufserfahrung", "10 ans d'expérience", "+10 años de experiencia", "10 anos de experiência" */
const FOREIGN_YEARS = rx(
  `${B}(?:\\+\\s*)?(\\d{1,2})\\s*\\+?\\s*(?:jahren?|ans|años|anos)\\s+(?:(?:an|in|de)\\s+)?(?:d['’]\\s*)?(?:berufs)?(?:erfahrung|exp[ée]rience|experiencia|experi[êe]ncia)${E}`,
);

function figuresIn(text: string, source: SelfDescriptionSource, textIndex: number): Cue[] {
  const out: Cue[] = [];
  const push = (years: number, index: number, phrase: string): void => {
    if (years < 0 || years > MAX_STATED_YEARS) return;
    out.push({ band: bandForYears(years), kind: 'figure', years, phrase: phrase.trim(), index, source, textIndex });
  };
  for (const m of text.matchAll(YEARS_HEAD)) {
    const end = m.index + m[0].length;
    const post = text.slice(end, end + 80);
    if (NOT_A_CAREER_AFTER.test(post) || NOT_A_CAREER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const decades = m[3];
    const years = decades ? 10 * (decades.toLowerCase() === 'a' ? 1 : (toNumber(decades) ?? 0)) : toNumber(m[1] ?? '');
    if (years === null) continue;
    const plus = Boolean(m[2]) || /^(?:over|more|\+)/iu.test(m[0]);
    const tail = YEARS_TAIL.map((re) => re.exec(post)).find((t) => t !== null);
    const lead = CAREER_FOR.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (tail) push(years, m.index, text.slice(m.index, end + tail[0].length));
    else if (lead) push(years, m.index - lead[0].length, text.slice(m.index - lead[0].length, end));
    else if (plus && PLUS_ALONE.test(post)) push(years, m.index, m[0]);
  }
  for (const m of text.matchAll(FOREIGN_YEARS)) push(Number(m[1]), m.index, m[0]);
  return out;
}

// ── putting it together ─────────────────────────────────────────────────────

function cuesIn(text: string, source: SelfDescriptionSource, textIndex: number): Cue[] {
  const out: Cue[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const band = typeof p.band === 'function' ? p.band(m) : p.band;
      if (!band) continue;
      const end = m.index + m[0].length;
      if (!keepTitle(text, m.index, end, band, p.kind, source, m[0])) continue;
      out.push({ band, kind: p.kind, years: null, phrase: m[0].trim(), index: m.index, source, textIndex });
    }
  }
  return [...out, ...figuresIn(text, source, textIndex)];
}

const KIND_RANK: Readonly<Record<Cue['kind'], number>> = { title: 0, status: 1, figure: 2 };

/** The largest figure in a list of cues (a text saying "10 years, 4 of them in Go" has ten). */
function largestFigure(cues: readonly Cue[]): Cue | null {
  let best: Cue | null = null;
  for (const c of cues) if (c.kind === 'figure' && (best === null || (c.years ?? 0) > (best.years ?? 0))) best = c;
  return best;
}

/**
 * What the person says of their own seniority, or null when they say nothing
 * that can be read as such. See the module comment for what counts and which
 * source wins.
 */
export function selfDescribedSeniority(texts: readonly SelfDescription[]): SelfDescribedSeniority | null {
  const bySource = SOURCE_ORDER.map((source) =>
    texts.flatMap((t, i) => (t.source === source && t.text.trim() ? cuesIn(t.text.normalize('NFC'), source, i) : [])),
  );
  const first = bySource.find((cues) => cues.length > 0);
  if (!first) return null;
  const words = first.filter((c) => c.kind !== 'figure').sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.textIndex - b.textIndex || a.index - b.index);
  const figure = bySource.map(largestFigure).find((c) => c !== null) ?? null;
  const lead = words[0] ?? figure;
  if (!lead) return null;
  const phrase = figure && figure !== lead ? `${lead.phrase} · ${figure.phrase}` : lead.phrase;
  return SelfDescribedSeniority.parse({
    band: lead.band,
    years: figure?.years ?? null,
    phrase: phrase.slice(0, 400),
    source: lead.source,
  });
}
