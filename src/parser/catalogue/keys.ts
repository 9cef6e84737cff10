/**
 * Lookup keys for the catalogues. Letters write the same title with different case, with or
 * without ® / ™, with "–" or "-" and with stray spaces around dashes ("Low Back -Lumbar"), so
 * every catalogue is keyed — and every lookup made — through this one function.
 */
const MARKS = /[®™©]/g;
const DASH = /\s*[-–—]\s*/g;
const SPACES = /\s+/g;
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

export function catalogueKey(text: string): string {
  return text.replace(MARKS, '').replace(DASH, '-').replace(SPACES, ' ').replace(TRAILING_PUNCTUATION, '').trim().toLowerCase();
}
