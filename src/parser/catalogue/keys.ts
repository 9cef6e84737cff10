/**
 * Lookup keys for the catalogues. Letters write the same title with different case, with or
 * without ® / ™, with "–" or "-" and with stray spaces around dashes ("Low Back -Lumbar"), so
 * every catalogue is keyed — and every lookup made — through this one function.
 *
 * It runs many times per letter, so it is one pass over the characters rather than a chain of
 * regular-expression replacements.
 */
const REGISTERED = 0xae;
const COPYRIGHT = 0xa9;
const TRADEMARK = 0x2122;
const HYPHEN = 0x2d;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function isTrailingPunctuation(code: number): boolean {
  return code === 46 /* . */ || code === 44 /* , */ || code === 59 /* ; */ || code === 58 /* : */;
}

/** Whether `text` holds anything the plain path cannot handle: marks, dashes, unusual or doubled whitespace, edge spaces or punctuation. */
function needsCharacterPass(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return false;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(last)) || isTrailingPunctuation(text.charCodeAt(last))) return true;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (text.charCodeAt(i + 1) === 32) return true;
    } else if (code < 32 || code === HYPHEN || code === REGISTERED || code === COPYRIGHT || code === 0xa0 || code === EN_DASH || code === EM_DASH || code === TRADEMARK) {
      return true;
    }
  }
  return false;
}

export function catalogueKey(text: string): string {
  const key = characterKey(text);
  // "Low Back, Lumbar and Thoracic (Acute and Chronic)" is the catalogue's "… & Thoracic (Acute & Chronic)".
  return key.includes(' and ') ? key.replaceAll(' and ', ' & ') : key;
}

function characterKey(text: string): string {
  if (!needsCharacterPass(text)) return text.toLowerCase();
  let out = '';
  let pendingSpace = false;
  let afterDash = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === REGISTERED || code === COPYRIGHT || code === TRADEMARK) continue;
    if (isSpace(code)) {
      pendingSpace = out.length > 0 && !afterDash;
      continue;
    }
    if (code === HYPHEN || code === EN_DASH || code === EM_DASH) {
      out += '-';
      pendingSpace = false;
      afterDash = true;
      continue;
    }
    if (pendingSpace) out += ' ';
    out += text[i];
    pendingSpace = false;
    afterDash = false;
  }
  let end = out.length;
  while (end > 0) {
    const code = out.charCodeAt(end - 1);
    if (!isTrailingPunctuation(code) && !isSpace(code)) break;
    end--;
  }
  return (end === out.length ? out : out.slice(0, end)).toLowerCase();
}

/** The key of the first word of `text`: a cheap test of whether any title can start there. */
export function firstWordKey(text: string): string {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return catalogueKey(text.slice(start, end));
}

function isEdgePunctuation(code: number, dashes: boolean): boolean {
  return isSpace(code) || isTrailingPunctuation(code) || (dashes && (code === HYPHEN || code === EN_DASH));
}

/**
 * `text` without the spaces and punctuation (",;:." and, when `dashes`, "-" and "–") at its
 * ends: the leftovers of cutting a name out of a sentence.
 */
export function trimEdges(text: string, dashes = false): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgePunctuation(text.charCodeAt(start), dashes)) start++;
  while (end > start && isEdgePunctuation(text.charCodeAt(end - 1), dashes)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
