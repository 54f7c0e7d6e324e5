/**
 * Reads the date lines LinkedIn prints under a role or a school, in English,
 * German, French, Spanish and Portuguese: `Jan 2020 - Present · 4 yrs 2 mos`,
 * `2018 - 2020`, `Mar 2021 – Heute`, `janv. 2019 - aujourd’hui`,
 * `jan. de 2020 - o momento`. Pure; dates come out as `YYYY-MM` or `YYYY`.
 */

export interface DateRange {
  start: string | null;
  /** null for a current role (Present, Heute, aujourd'hui, actualidad, o momento…). */
  end: string | null;
  current: boolean;
}

/** Lower case, accents removed, curly apostrophes straightened, spaces folded. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  // en, de, fr, es, pt (folded: lower case, no accents)
  ['jan', 'january', 'januar', 'jan', 'janner', 'janv', 'janvier', 'ene', 'enero', 'janeiro'],
  ['feb', 'february', 'februar', 'fevr', 'fev', 'fevrier', 'febrero', 'fevereiro'],
  ['mar', 'march', 'mar', 'marz', 'mrz', 'mars', 'marzo', 'marco'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
  ['may', 'mai', 'mayo', 'maio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'junho'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'julho'],
  ['aug', 'august', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'setembro', 'setiembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'out', 'outubro'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dez', 'dezember', 'decembre', 'dic', 'diciembre', 'dezembro'],
];

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS.set(name, index + 1);
});

/** Words that mean "until now" in the five languages (folded). */
const PRESENT = new Set([
  'present',
  'now',
  'current',
  'heute',
  'derzeit',
  'aktuell',
  'bis heute',
  "aujourd'hui",
  "jusqu'a aujourd'hui",
  'actualidad',
  'la actualidad',
  'presente',
  'actual',
  'hoy',
  'o momento',
  'momento',
  'atual',
  'atualmente',
  'hoje',
]);

/** The month number (1–12) for a month name or abbreviation, any of the five languages. */
export function monthNumber(word: string): number | null {
  const folded = foldText(word).replace(/\.$/, '');
  return MONTHS.get(folded) ?? null;
}

const YEAR = /^(19[5-9]\d|20\d\d|21\d\d)$/;

/**
 * One point in time: `2020`, `Jan 2020`, `janv. 2019`, `jan. de 2020`,
 * `März 2021`, `01/2020`. Returns `YYYY-MM`, `YYYY`, or null.
 */
export function parsePartialDate(text: string): string | null {
  const folded = foldText(text);
  const numeric = /^(\d{1,2})[/.](\d{4})$/.exec(folded);
  if (numeric) {
    const month = Number(numeric[1]);
    if (month >= 1 && month <= 12 && YEAR.test(numeric[2]!)) return `${numeric[2]}-${String(month).padStart(2, '0')}`;
    return null;
  }
  const words = folded.split(' ').filter((w) => w.length > 0 && w !== 'de' && w !== 'of');
  if (words.length === 1 && YEAR.test(words[0]!)) return words[0]!;
  if (words.length === 2 && YEAR.test(words[1]!)) {
    const month = monthNumber(words[0]!);
    if (month !== null) return `${words[1]}-${String(month).padStart(2, '0')}`;
  }
  return null;
}

function isPresent(text: string): boolean {
  return PRESENT.has(foldText(text).replace(/\.$/, ''));
}

const DURATION_UNITS = new Set([
  'yr', 'yrs', 'year', 'years', 'mo', 'mos', 'month', 'months',
  'j', 'jr', 'jahr', 'jahre', 'jahren', 'mon', 'mo', 'monat', 'monate', 'monaten', 'mt', 'mte',
  'an', 'ans', 'mois',
  'ano', 'anos', 'ano(s)', 'mes', 'meses', 'mes(es)', 'a', 'm',
]);

/** A length of time as LinkedIn prints it: `4 yrs 2 mos`, `2 J. 8 Mon.`, `1 an 3 mois`, `3 años`. */
export function isDuration(text: string): boolean {
  const folded = foldText(text).replace(/\s*\.\s*/g, ' ').trim();
  if (folded.length === 0 || folded.length > 40) return false;
  const tokens = /^(\d+\s*[a-z()]+)(\s+\d+\s*[a-z()]+)?$/.exec(folded);
  if (!tokens) return false;
  return [tokens[1], tokens[2]]
    .filter((t): t is string => t !== undefined)
    .every((t) => DURATION_UNITS.has(t.replace(/^\s*\d+\s*/, '')));
}

/** Splits `a · b · c` (LinkedIn's middle dot, or a bullet) into trimmed parts. */
export function splitDots(line: string): string[] {
  return line
    .split(/\s*[·•‧∙]\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const SEPARATOR = /\s+(?:-|–|—|to|bis|a|à|au|até|hasta)\s+|\s*[–—]\s*|(?<=\d)\s*-\s*(?=\S)/iu;

/**
 * A date line: `Jan 2020 - Present · 4 yrs 2 mos`, `2018 - 2020`, `Mar 2021 – Heute`,
 * `Mai 2019 – Dez. 2021 · 2 J. 8 Mon.`, or a single date (`2019`, start and end alike).
 * Null when the whole line is not a date line, so a sentence that merely mentions a
 * year is never read as one.
 */
export function parseDateRange(line: string): DateRange | null {
  const parts = splitDots(line.replace(/\s+/g, ' ').trim());
  const head = parts[0];
  if (head === undefined) return null;
  if (parts.slice(1).some((part) => !isDuration(part))) return null;
  // The public layout prints the duration without a dot: `Jan 2020 - Present 4 years 2 months`.
  const withoutTail = stripTrailingDuration(head);
  const sides = withoutTail.split(SEPARATOR).map((s) => s.trim());
  if (sides.length === 1) {
    const only = parsePartialDate(sides[0]!);
    return only ? { start: only, end: only, current: false } : null;
  }
  if (sides.length !== 2) return null;
  const start = parsePartialDate(sides[0]!);
  if (!start) return null;
  if (isPresent(sides[1]!)) return { start, end: null, current: true };
  const end = parsePartialDate(sides[1]!);
  if (!end) return null;
  return { start, end, current: false };
}

function stripTrailingDuration(text: string): string {
  const words = text.split(' ');
  for (let cut = Math.max(1, words.length - 4); cut < words.length; cut++) {
    const tail = words.slice(cut).join(' ');
    if (isDuration(tail)) return words.slice(0, cut).join(' ');
  }
  return text;
}
