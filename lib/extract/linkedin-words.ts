/**
 * The words LinkedIn prints around the data, in English, German, French,
 * Spanish and Portuguese: section headings, employment types, work modes,
 * certification labels. All compared folded (lower case, no accents).
 */
import { foldText, splitDots } from './dates';

export type LinkedinSection = 'about' | 'experience' | 'education' | 'skills' | 'certifications';

const HEADINGS: Record<LinkedinSection, readonly string[]> = {
  about: ['about', 'info', 'infos', 'a propos', 'acerca de', 'sobre', 'summary', 'zusammenfassung', 'resume'],
  experience: ['experience', 'berufserfahrung', 'erfahrung', 'experiencia', 'experiencia profissional'],
  education: ['education', 'ausbildung', 'formation', 'educacion', 'formacao academica', 'formacao', 'studium'],
  skills: ['skills', 'kenntnisse', 'kenntnisse und fahigkeiten', 'competences', 'aptitudes', 'competencias', 'habilidades'],
  certifications: [
    'licenses & certifications',
    'licenses and certifications',
    'certifications',
    'bescheinigungen und zertifikate',
    'zertifikate',
    'licences et certifications',
    'licencias y certificaciones',
    'licencas e certificados',
    'certificados',
  ],
};

const HEADING_LOOKUP = new Map<string, LinkedinSection>();
for (const [section, words] of Object.entries(HEADINGS) as [LinkedinSection, readonly string[]][]) {
  for (const word of words) HEADING_LOOKUP.set(word, section);
}

/** The section a heading names (`Berufserfahrung` → experience), or null. */
export function sectionForHeading(text: string | null): LinkedinSection | null {
  if (!text) return null;
  return HEADING_LOOKUP.get(foldText(text)) ?? null;
}

const EMPLOYMENT_TYPES = new Set(
  [
    // en
    'full-time', 'full time', 'part-time', 'part time', 'self-employed', 'freelance', 'freelancer', 'contract',
    'internship', 'apprenticeship', 'seasonal', 'temporary', 'permanent', 'trainee',
    // de
    'vollzeit', 'teilzeit', 'selbststandig', 'freiberuflich', 'freiberufler', 'praktikum', 'ausbildung',
    'befristet', 'werkstudent', 'werkstudentin', 'saisonal', 'festanstellung', 'vertrag',
    // fr
    'temps plein', 'temps partiel', 'independant', 'stage', 'alternance', 'cdi', 'cdd', 'interim',
    'contrat', 'apprentissage', 'saisonnier',
    // es
    'jornada completa', 'media jornada', 'jornada parcial', 'autonomo', 'practicas', 'contrato temporal',
    'contrato', 'aprendiz', 'temporal', 'jornada intensiva',
    // pt
    'tempo integral', 'meio periodo', 'tempo parcial', 'estagio', 'temporario', 'contrato de trabalho',
  ].map((w) => foldText(w)),
);

/** Full-time, Vollzeit, Temps plein, Jornada completa, Estágio, … */
export function isEmploymentType(text: string): boolean {
  return EMPLOYMENT_TYPES.has(foldText(text));
}

const WORK_MODES = new Set(
  ['remote', 'hybrid', 'on-site', 'onsite', 'remoto', 'hibrido', 'presencial', 'vor ort', 'hybride',
    'teletravail', 'sur site', 'a distance', 'en remoto', 'remote-first'].map((w) => foldText(w)),
);

/** Remote, Hybrid, On-site and their translations. */
function isWorkMode(text: string): boolean {
  return WORK_MODES.has(foldText(text));
}

/**
 * A line under a role that reads as a place: `Berlin, Germany · Hybrid`,
 * `Remote`, `Lisboa, Portugal`. Short, no sentence punctuation.
 */
export function looksLikeLocation(line: string): boolean {
  const parts = splitDots(line);
  if (parts.length === 0) return false;
  if (parts.every((p) => isWorkMode(p))) return true;
  if (parts.some((p) => isWorkMode(p))) return true;
  if (line.length > 80 || /[.!?:;]$/.test(line) || /^(skills|kenntnisse|competences|aptitudes|competencias)\b/i.test(foldText(line))) return false;
  const words = line.split(/\s+/);
  return words.length <= 7 && /^\p{Lu}/u.test(line) && (line.includes(',') || words.length <= 3);
}

/** `Issued Jan 2022`, `Ausgestellt: Jan. 2022`, `Délivré le…`, `Expedición:`, `Emitido em`, credential ids. */
export function isCertificationMeta(line: string): boolean {
  const folded = foldText(line);
  return /^(issued|expires|ausgestellt|gultig|delivre|delivree|expedicion|emitido|emissao|vence|expira|credential id|nachweis-id|id de (la )?credencial|id de credential|id da credencial|show credential|nachweis anzeigen)/.test(folded);
}

/**
 * "Show all 12 experiences", "Alle 12 Berufserfahrungen anzeigen",
 * "Afficher les 12 expériences", "Mostrar las 12 experiencias",
 * "Exibir todas as 12 experiências": the number of roles, or null.
 */
export function showAllExperienceCount(text: string): number | null {
  const folded = foldText(text);
  if (!/(show all|alle|afficher|mostrar|exibir|ver)/.test(folded)) return null;
  if (!/(experience|berufserfahrung|erfahrung|experiencia)/.test(folded)) return null;
  const n = /(\d+)/.exec(folded);
  return n ? Number(n[1]) : null;
}

/** Badge lines of the top card that are not the headline: pronouns, connection degree, verified. */
export function isTopCardNoise(line: string): boolean {
  const folded = foldText(line);
  return (
    /^\(?(he|she|they|er|sie|il|elle|el|ella|ele|ela)\s*\/\s*\w+\)?$/.test(folded) ||
    /^[·•]?\s*(1st|2nd|3rd\+?|1\.|2\.|3\.\+?|1er|2e|3e\+?|1º|2º|3º\+?)$/.test(folded) ||
    /^(verified|verifiziert|verifie|verificado|contact info|kontaktinfo|coordonnees|informacion de contacto|informacoes de contato)$/.test(folded) ||
    /^\d[\d.,]*\+?\s*(connections|kontakte|relations|contactos|conexoes|followers|follower|abonnes|seguidores)$/.test(folded)
  );
}

/** A footer link such as "Show all 24 skills", "Alle anzeigen", "Afficher tout", "Mostrar todo", "Exibir tudo". */
export function isShowAllLine(line: string): boolean {
  return /^(show all|see all|alle .*anzeigen|alle anzeigen|afficher|voir tout|mostrar|ver tod|exibir|ver mais)/.test(foldText(line));
}

/** A line that is only a separator: "·", "•", "|". */
export function isSeparatorLine(line: string): boolean {
  return /^[\s·•‧∙|]*$/.test(line);
}

/** "Contact info" and its translations (the top card's contact overlay link). */
export function isContactInfoLine(line: string): boolean {
  return /^(contact info|contact information|kontaktinfo|kontaktinformationen|coordonnees|informacion de contacto|informacoes de contato|dados de contato)$/.test(
    foldText(line),
  );
}

export type ConnectionDegree = '1st' | '2nd' | '3rd+';

/** The connection degree a top-card line shows (`· 2nd`, `3rd+`, `2.`, `1er`), or null. */
export function connectionDegreeOf(line: string): ConnectionDegree | null {
  const folded = foldText(line).replace(/^[·•]\s*/, '');
  if (/^(1st|1\.|1er|1re|1º|1o)$/.test(folded)) return '1st';
  if (/^(2nd|2\.|2e|2º|2o)$/.test(folded)) return '2nd';
  if (/^(3rd\+?|3\.\+?|3e\+?|3º\+?|3o\+?)$/.test(folded)) return '3rd+';
  return null;
}

/** What a top-card action button says about the degree: Connect (not yet connected) or Message. */
export function topCardAction(text: string): 'connect' | 'message' | 'follow' | null {
  const folded = foldText(text);
  if (/^(connect|vernetzen|se connecter|conectar)$/.test(folded)) return 'connect';
  if (/^(message|nachricht|mensaje|mensagem|enviar mensagem)$/.test(folded)) return 'message';
  if (/^(follow|folgen|suivre|seguir)$/.test(folded)) return 'follow';
  return null;
}

/** A connections count on its own (`500+`, `1,024`) or with its word (`500+ connections`); the count, or null. */
export function connectionsCountOf(line: string): string | null {
  const m = /^(\d[\d.,]*\+?)(?:\s+(connections|kontakte|relations|contactos|conexiones|conexoes))?$/.exec(foldText(line));
  return m ? m[1]! : null;
}

/** The word that follows a connections count printed apart from it ("connections"). */
export function isConnectionsWord(line: string): boolean {
  return /^(connections|kontakte|relations|contactos|conexiones|conexoes)$/.test(foldText(line));
}

const TOP_SKILLS_LABEL =
  /^(top[- ]skills|top[- ]kenntnisse|principales comp[ée]tences|comp[ée]tences principales|aptitudes principales|principales aptitudes|principais compet[êe]ncias|compet[êe]ncias principais)(?![\p{L}\p{N}])\s*:?\s*/iu;

/** "Top skills" and its translations (the About card's closing line): what follows the label on the line, or null. */
export function topSkillsAfterLabel(line: string): string | null {
  const text = line.normalize('NFC').trim();
  return TOP_SKILLS_LABEL.test(text) ? text.replace(TOP_SKILLS_LABEL, '').trim() : null;
}

/** A "…see more" / "show less" control written as text. */
export function isSeeMoreLine(line: string): boolean {
  return /^(…|\.\.\.)?\s*(see more|more|show less|see less|mehr anzeigen|weniger anzeigen|voir plus|afficher plus|ver mas|ver mais)$/.test(
    foldText(line),
  );
}
