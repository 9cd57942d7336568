/**
 * Texts that read as fixing the price at which partners resell: resale price maintenance, which
 * EU competition law (Article 101 TFEU; the vertical block exemption lists it as a hardcore
 * restriction) and the Hungarian competition act forbid. A supplier may recommend a resale price
 * or set a maximum; it may not fix one or impose a minimum. The patterns look for the phrasing
 * policies use, in English and Hungarian; a hit is a warning to reword, not a verdict.
 */
const PATTERNS: RegExp[] = [
  // "resell at the published list price", "resold at our retail price"
  /\bresel(?:l|ls|ling|ld)\b[^.;:!?]{0,40}\bat (?:the |our )?(?:published |fixed |agreed |official )?(?:list|retail|resale) prices?\b/i,
  // "buy on their own account and sell at the list price"
  /\bown account\b[^.;!?]{0,80}\bat (?:the |our )?(?:published |fixed |official )?(?:list|retail) prices?\b/i,
  /\b(?:minimum|fixed|mandatory) (?:resale|retail|selling) prices?\b/i,
  /\b(?:may|must|shall|will) not (?:re)?sell (?:\w+ )?below\b/i,
  /\bresale prices? (?:is|are|will be|shall be|must be) (?:set|fixed|determined) by (?:us|the (?:manufacturer|company|supplier))\b/i,
  // "saját számlára vásárolnak, és … a közzétett listaáron értékesítenek"
  /saját számlára[^.;!?]{0,100}listaáron/i,
  /továbbértékesít\p{L}*[^.;!?]{0,40}listaáron|listaáron[^.;!?]{0,20}továbbértékesít/iu,
  /(?:minimális|rögzített|kötelező) (?:fogyasztói|eladási|továbbeladási|viszonteladói) ár/i,
  /(?:alatt|olcsóbban) nem (?:adhat|értékesíthet|kínálhat)/i,
];

/** The first passage of `text` that reads as fixing a resale price, or null. */
export function resalePriceFixing(text: string): string | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

/** Every text in a value, with its dot path (ids and codes left out). */
export function textsIn(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsIn(item, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (key === 'id' || key.endsWith('Id') || key.endsWith('Ids') || key === 'type' ? [] : textsIn(item, `${path}.${key}`)));
  }
  return [];
}
