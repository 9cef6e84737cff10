/**
 * Finding section concepts by the words a letter or a user writes. The index is built on first
 * use, not at import: the API imports this for its filters and should not pay for it at a cold
 * start that never filters by section.
 */
import type { GuidelineSource } from '../../domain/determination.js';
import { buildConceptRecords, type ConceptRecord, mtusPartNames } from './concepts.js';
import { termKeys, withoutGloss } from './term-key.js';
import type { SectionConcept } from './types.js';

interface SectionIndex {
  readonly records: readonly ConceptRecord[];
  readonly concepts: readonly SectionConcept[];
  readonly byId: ReadonlyMap<string, ConceptRecord>;
  /** Each concept's place in the catalogue, so answers come in catalogue order. */
  readonly position: ReadonlyMap<ConceptRecord, number>;
  /** Every key of every form → the concepts it names, in catalogue order. */
  readonly byKey: ReadonlyMap<string, readonly ConceptRecord[]>;
  /** Every key of every MTUS part name → the part's scope. */
  readonly mtusPartScopes: ReadonlyMap<string, string>;
}

let index: SectionIndex | null = null;

/**
 * Letters repeat the same few hundred section and part names, and the parser resolves every name
 * of every citation, so answers are remembered per distinct question. The caches are bounded: a
 * run-on or hostile letter must not grow them without end.
 */
const CACHE_LIMIT = 10_000;
const keyCache = new Map<string, { readonly value: readonly string[] }>();
const resolvedCache = new Map<string, { readonly value: string | null }>();

function remembered<T>(cache: Map<string, { readonly value: T }>, question: string, answer: () => T): T {
  const known = cache.get(question);
  if (known) return known.value;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = answer();
  cache.set(question, { value });
  return value;
}

function keysOf(text: string): readonly string[] {
  return remembered(keyCache, text, () => termKeys(text));
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function buildIndex(): SectionIndex {
  const records = buildConceptRecords();
  const byKey = new Map<string, ConceptRecord[]>();
  for (const r of records) for (const form of r.forms) for (const key of termKeys(form)) addTo(byKey, key, r);
  const mtusPartScopes = new Map<string, string>();
  for (const part of mtusPartNames()) for (const name of part.names) for (const key of termKeys(name)) mtusPartScopes.set(key, part.scope);
  return {
    records,
    concepts: Object.freeze(records.map((r) => r.concept)),
    byId: new Map(records.map((r) => [r.concept.id, r])),
    position: new Map(records.map((r, i) => [r, i])),
    byKey,
    mtusPartScopes,
  };
}

function sectionIndex(): SectionIndex {
  index ??= buildIndex();
  return index;
}

function recordsByKeys(keys: readonly string[]): ConceptRecord[] {
  const { byKey, position } = sectionIndex();
  const found: ConceptRecord[] = [];
  for (const key of keys) for (const r of byKey.get(key) ?? []) if (!found.includes(r)) found.push(r);
  return keys.length > 1 ? found.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)) : found;
}

/** The concepts `text` names: by its own words, else by its words without a trailing gloss. */
function recordsNamed(text: string): ConceptRecord[] {
  const found = recordsByKeys(keysOf(text));
  if (found.length > 0) return found;
  const bare = withoutGloss(text);
  return bare === null ? [] : recordsByKeys(keysOf(bare));
}

/** The ODG chapter or ACOEM chapter concepts `text` names. */
function chaptersNamed(text: string, source: GuidelineSource | undefined): ConceptRecord[] {
  return recordsNamed(text).filter((r) => r.scope === r.concept.source.toLowerCase() && (source === undefined || r.concept.source === source));
}

/** The scope a citation's part names: an MTUS part (by title or alias), an ODG or ACOEM chapter; null when none is known. */
function scopeOfPart(part: string, source: GuidelineSource | undefined): string | null {
  if (source === undefined || source === 'MTUS') {
    for (const key of keysOf(part)) {
      const scope = sectionIndex().mtusPartScopes.get(key);
      if (scope !== undefined) return scope;
    }
    if (source === 'MTUS') return null;
  }
  const chapters = chaptersNamed(part, source);
  return chapters.length === 1 ? (chapters[0]?.concept.id ?? null) : null;
}

function onlyOne(records: readonly ConceptRecord[]): string | null {
  return records.length === 1 ? (records[0]?.concept.id ?? null) : null;
}

export function sectionConcept(id: string): SectionConcept | undefined {
  return sectionIndex().byId.get(id)?.concept;
}

export function sectionConcepts(): readonly SectionConcept[] {
  return sectionIndex().concepts;
}

/**
 * A section as a letter writes it (within a citation of that source/part when known) → its
 * concept id, or null when the catalogue does not know it.
 *
 * A chapter is known whatever the part. A section or topic is looked for in the citation's part;
 * without a part (or with one the catalogue does not know) it is the one concept of that name in
 * the source, if only one has it. A section the MTUS catalogue places in another part than the
 * one cited is that part's (the MTUS parts seldom share a title, and where they do the name alone
 * decides nothing: null); an ODG topic cited in a chapter that does not list it is not guessed,
 * since ODG repeats topics chapter by chapter ("MRI") and the chapter written is the one meant.
 */
export function resolveSection(written: string, context: { source?: GuidelineSource; part?: string | null } = {}): string | null {
  const question = `${context.source ?? ''}\u0000${context.part ?? ''}\u0000${written}`;
  return remembered(resolvedCache, question, () => resolveUncached(written, context.source, context.part ?? null));
}

function resolveUncached(written: string, source: GuidelineSource | undefined, part: string | null): string | null {
  const candidates = recordsNamed(written).filter((r) => source === undefined || r.concept.source === source);
  if (candidates.length === 0) return null;
  const chapter = onlyOne(candidates.filter((r) => r.scope === r.concept.source.toLowerCase()));
  if (chapter !== null) return chapter;
  const scope = part ? scopeOfPart(part, source) : null;
  if (scope !== null) {
    const inPart = candidates.filter((r) => r.scope === scope);
    if (inPart.length > 0 || !looksBeyondCitedPart(scope)) return onlyOne(inPart);
  }
  return onlyOne(candidates);
}

/** Whether a name the cited part lacks may be another part's: for the MTUS, not for ODG (see resolveSection). */
function looksBeyondCitedPart(scope: string): boolean {
  return scope.startsWith('mtus/');
}

/**
 * A filter term: a concept id or any variant/name, matched without regard to case, spacing,
 * punctuation, word order of "X, criteria for use" vs "criteria for use of X"; [] when unknown.
 * A name several parts share ("Special Studies") gives each part's concept.
 */
export function resolveSectionTerm(term: string): string[] {
  const trimmed = term.trim();
  const byId = sectionIndex().byId.get(trimmed.toLowerCase());
  if (byId) return [byId.concept.id];
  return recordsNamed(trimmed).map((r) => r.concept.id);
}
