/**
 * `inferredSections`: the sections a citation's pages hold, for the one edition letters cite by
 * page (src/vocabulary/sections/guideline-pages.ts). The edition is the citation's own; a citation
 * that names none is the pre-2016 wording ("Chronic Pain Treatment Guidelines Opioids Page(s):
 * 76-79"), read as 2009 unless the letter was decided in 2016 or later, when the 2016 edition (with
 * other page numbers) was in force and nothing is inferred.
 */
import type { GuidelineCitation, IsoDate } from '../../domain/determination.js';
import { chronicPain2009SectionsOn, PAGED_EDITION } from '../../vocabulary/sections/guideline-pages.js';
import { sectionConcept } from '../../vocabulary/sections/index.js';
import { citationSectionIds } from './section-ids.js';

const FIRST_YEAR_OF_2016_EDITION = '2016';

export function inferSectionsFromPages(citation: GuidelineCitation, decisionDate: IsoDate | null): void {
  if (citation.source !== 'MTUS' || citation.title !== PAGED_EDITION.part || citation.pages.length === 0) return;
  const edition = citation.edition ?? (decisionDate !== null && decisionDate >= FIRST_YEAR_OF_2016_EDITION ? null : PAGED_EDITION.edition);
  if (edition !== PAGED_EDITION.edition) return;
  citation.inferredSections = chronicPain2009SectionsOn(citation.pages).map((id) => sectionConcept(id)?.name ?? id);
  citation.sectionIds = citationSectionIds(citation).ids;
}
