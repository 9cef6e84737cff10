/**
 * A citation's sections as concepts (src/vocabulary/sections): `sectionIds` holds the concept of
 * each section written and inferred, each once, in order; a section the catalogue does not know
 * has none.
 */
import type { GuidelineCitation } from '../../domain/determination.js';
import { resolveSection, sectionConcept } from '../../vocabulary/sections/index.js';

export interface CitationSectionIds {
  ids: string[];
  /** Sections (as written or inferred) that no concept answers. */
  unresolved: string[];
}

/**
 * The part each section is read in: an MTUS citation's part is its title. An ODG or ACOEM
 * citation names its chapter among its sections ("Low Back", "MRIs"), so a topic is read in the
 * chapter of the section before it, and one written before any chapter ("physical therapy,
 * elbow chapter") in the first chapter the citation names.
 */
export function citationSectionIds(citation: Pick<GuidelineCitation, 'source' | 'title' | 'sections' | 'inferredSections'>): CitationSectionIds {
  const out: CitationSectionIds = { ids: [], unresolved: [] };
  const { source } = citation;
  const written = [...citation.sections, ...citation.inferredSections];
  if (source === 'OTHER' || written.length === 0) return out;
  const partOf = (id: string | null) => (id === null ? null : (sectionConcept(id)?.part ?? null));
  let part: string | null = source === 'MTUS' ? citation.title : null;
  if (source !== 'MTUS') {
    for (const section of written) {
      part = partOf(resolveSection(section, { source }));
      if (part !== null) break;
    }
  }
  for (const section of written) {
    const id = resolveSection(section, { source, part });
    if (id === null) {
      out.unresolved.push(section);
      continue;
    }
    if (!out.ids.includes(id)) out.ids.push(id);
    if (source !== 'MTUS') part = partOf(id) ?? part;
  }
  return out;
}
