/**
 * An approximate UTC offset (standard time, hours ahead of UTC) from a free-text
 * location such as LinkedIn's "Stockholm, Stockholm County, Sweden". Cities are
 * tried before countries, so "Perth, Australia" is not read as Sydney's time.
 * Used only when GitHub shows no local time; the panel says it is approximate.
 */
const CITY_OFFSETS: ReadonlyArray<readonly [string, number]> = [
  ['san francisco', -8], ['seattle', -8], ['los angeles', -8], ['vancouver', -8], ['portland', -8], ['san diego', -8], ['bay area', -8],
  ['denver', -7], ['phoenix', -7], ['calgary', -7], ['salt lake', -7],
  ['chicago', -6], ['austin', -6], ['dallas', -6], ['houston', -6], ['mexico city', -6], ['minneapolis', -6],
  ['new york', -5], ['boston', -5], ['toronto', -5], ['montreal', -5], ['miami', -5], ['atlanta', -5], ['washington', -5], ['bogotá', -5], ['bogota', -5], ['lima', -5],
  ['santiago', -4], ['halifax', -4],
  ['são paulo', -3], ['sao paulo', -3], ['rio de janeiro', -3], ['buenos aires', -3], ['montevideo', -3],
  ['perth', 8], ['adelaide', 9.5], ['darwin', 9.5], ['brisbane', 10], ['sydney', 10], ['melbourne', 10], ['auckland', 12], ['wellington', 12],
  ['mumbai', 5.5], ['bangalore', 5.5], ['bengaluru', 5.5], ['delhi', 5.5], ['hyderabad', 5.5], ['chennai', 5.5], ['pune', 5.5],
  ['dubai', 4], ['istanbul', 3], ['moscow', 3], ['kyiv', 2], ['kiev', 2], ['cairo', 2], ['johannesburg', 2], ['cape town', 2], ['lagos', 1], ['nairobi', 3],
  ['london', 0], ['dublin', 0], ['lisbon', 0], ['edinburgh', 0], ['manchester', 0],
  ['singapore', 8], ['hong kong', 8], ['shanghai', 8], ['beijing', 8], ['taipei', 8], ['manila', 8], ['kuala lumpur', 8],
  ['tokyo', 9], ['seoul', 9], ['jakarta', 7], ['bangkok', 7], ['ho chi minh', 7], ['hanoi', 7], ['karachi', 5], ['lahore', 5], ['dhaka', 6], ['kathmandu', 5.75],
];

const COUNTRY_OFFSETS: ReadonlyArray<readonly [string, number]> = [
  ['united kingdom', 0], ['england', 0], ['scotland', 0], ['wales', 0], ['ireland', 0], ['portugal', 0], ['iceland', 0], ['ghana', 0], ['morocco', 0],
  ['germany', 1], ['deutschland', 1], ['france', 1], ['spain', 1], ['españa', 1], ['italy', 1], ['italia', 1], ['netherlands', 1], ['nederland', 1],
  ['belgium', 1], ['switzerland', 1], ['schweiz', 1], ['austria', 1], ['österreich', 1], ['sweden', 1], ['sverige', 1], ['norway', 1], ['denmark', 1],
  ['poland', 1], ['polska', 1], ['czech', 1], ['hungary', 1], ['croatia', 1], ['serbia', 1], ['slovakia', 1], ['slovenia', 1], ['nigeria', 1], ['tunisia', 1], ['algeria', 1],
  ['finland', 2], ['estonia', 2], ['latvia', 2], ['lithuania', 2], ['romania', 2], ['bulgaria', 2], ['greece', 2], ['ukraine', 2], ['israel', 2], ['egypt', 2], ['south africa', 2],
  ['turkey', 3], ['türkiye', 3], ['russia', 3], ['saudi arabia', 3], ['kenya', 3], ['belarus', 3],
  ['united arab emirates', 4], ['uae', 4], ['armenia', 4], ['georgia', 4], ['pakistan', 5], ['uzbekistan', 5], ['india', 5.5], ['sri lanka', 5.5], ['nepal', 5.75], ['bangladesh', 6],
  ['vietnam', 7], ['thailand', 7], ['indonesia', 7], ['china', 8], ['taiwan', 8], ['philippines', 8], ['malaysia', 8], ['singapore', 8], ['hong kong', 8],
  ['japan', 9], ['south korea', 9], ['korea', 9], ['australia', 10], ['new zealand', 12],
  ['brazil', -3], ['brasil', -3], ['argentina', -3], ['uruguay', -3], ['chile', -4], ['bolivia', -4], ['venezuela', -4],
  ['colombia', -5], ['peru', -5], ['ecuador', -5], ['mexico', -6], ['méxico', -6], ['costa rica', -6], ['guatemala', -6],
  ['canada', -5], ['united states', -5], ['usa', -5],
];

function contains(haystack: string, needle: string): boolean {
  const at = haystack.indexOf(needle);
  if (at < 0) return false;
  const before = at === 0 ? ' ' : haystack[at - 1]!;
  const after = haystack[at + needle.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

export interface LocationOffset {
  offset: number;
  /** the place name that decided it */
  place: string;
}

export function utcOffsetFromLocation(location: string | null | undefined): LocationOffset | null {
  if (!location) return null;
  const text = location.toLowerCase();
  for (const [place, offset] of CITY_OFFSETS) if (contains(text, place)) return { offset, place };
  for (const [place, offset] of COUNTRY_OFFSETS) if (contains(text, place)) return { offset, place };
  return null;
}
