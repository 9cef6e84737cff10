/**
 * The "Claims Administrator guideline:" and "MAXIMUS guideline:" paragraphs of a disputed item,
 * in the citation forms letters use (docs/imr-letters.md), with the citations a reader must find
 * in them. Section titles come from the parser's catalogue (src/parser/catalogue), so a list of
 * them splits the one way.
 */
import type { CitedBy } from '../domain/determination.js';
import { dayOf, writeDate, type Day } from './calendar.js';
import type { CitationFacts } from './facts.js';
import type { Kind, MtusOption, WrittenRequest } from './kinds.js';
import { w, type Draw } from './random.js';
import type { Region, RegionKey } from './regions.js';

/** The 2016 update of the Chronic Pain guidelines and the Opioid Treatment guidelines, as cited from these dates. */
const CHRONIC_PAIN_2016_FROM = dayOf('2016-07-01');
const OPIOID_TREATMENT_FROM = dayOf('2016-09-01');

const ACOEM_CHAPTER_OF: Readonly<Record<RegionKey, string>> = {
  lumbar: 'Low Back Disorders',
  cervical: 'Cervical and Thoracic Spine Disorders',
  shoulder: 'Shoulder Disorders',
  knee: 'Knee Disorders',
  wrist: 'Hand, Wrist, and Forearm Disorders',
  elbow: 'Elbow Disorders',
  ankle: 'Ankle and Foot Disorders',
  hip: 'Hip and Groin Disorders',
};

interface ResolvedPart {
  title: string;
  edition: string;
  /** Section titles to draw from; '' stands for "cite the part without sections". */
  sections: readonly string[];
}

export interface CitationContext {
  draw: Draw;
  kind: Kind;
  request: WrittenRequest;
  region: Region;
  decisionDay: Day;
  /** For drug requests: the name a non-guideline source (a label) would be about. */
  isDrug: boolean;
}

export interface GuidelineParagraph {
  text: string;
  citations: CitationFacts[];
  /** How the rationale names the reviewer's basis, as a plural subject ("The Official Disability Guidelines"). */
  reference: string;
}

function resolveParts(context: CitationContext): ResolvedPart[] {
  const parts: ResolvedPart[] = [];
  const resolve = (option: MtusOption): ResolvedPart | null => {
    if (option.part === 'chronicPain') {
      const edition = context.decisionDay >= CHRONIC_PAIN_2016_FROM ? '2016' : '2009';
      return { title: 'Chronic Pain Medical Treatment', edition, sections: [...option.sections, ...(context.request.sections ?? [])] };
    }
    if (option.part === 'region') {
      const part = context.region.mtusPart;
      return part ? { title: part.title, edition: part.edition, sections: option.sections } : null;
    }
    if (option.part === 'opioidTreatment') {
      return context.decisionDay >= OPIOID_TREATMENT_FROM ? { title: 'Opioid Treatment', edition: '2016', sections: option.sections } : null;
    }
    return { title: option.part.title, edition: option.part.edition, sections: option.sections };
  };
  for (const option of context.kind.mtus) {
    const part = resolve(option);
    if (part) parts.push(part);
  }
  // A request's own sections belong to the Chronic Pain guidelines even where its kind cites another part.
  const own = context.request.sections;
  if (own && !parts.some((p) => p.title === 'Chronic Pain Medical Treatment')) {
    const edition = context.decisionDay >= CHRONIC_PAIN_2016_FROM ? '2016' : '2009';
    parts.push({ title: 'Chronic Pain Medical Treatment', edition, sections: own });
  }
  return parts;
}

/** Topics lose a trailing gloss when read ("Insomnia treatment (...)" → "Insomnia treatment"); chapters keep theirs. */
function topicAsRead(topic: string): string {
  return topic.replace(/\s*\([^()]*\)$/, '');
}

function mtusReference(title: string): string {
  switch (title) {
    case 'Chronic Pain Medical Treatment':
      return 'The MTUS Chronic Pain Medical Treatment Guidelines';
    case 'Acupuncture Treatment':
      return 'The MTUS Acupuncture Medical Treatment Guidelines';
    case 'Opioid Treatment':
      return 'The MTUS Opioid Treatment Guidelines';
    default:
      return `The MTUS ${title} guidelines`;
  }
}

function pickSections(draw: Draw, part: ResolvedPart): string[] {
  const first = draw.pick(part.sections);
  if (first === '') return [];
  const candidates = part.sections.filter((s) => s !== '' && s !== first);
  const sections = [first];
  if (candidates.length > 0 && draw.chance(0.3)) {
    const second = draw.pick(candidates);
    if (!sections.includes(second)) sections.push(second);
  }
  return sections;
}

function mtusSentence(draw: Draw, parts: ResolvedPart[], citedBy: CitedBy): { text: string; citations: CitationFacts[] } {
  const citations: CitationFacts[] = [];
  const segments: string[] = [];
  for (const part of parts) {
    const sections = pickSections(draw, part);
    // Older letters add "Guidelines" to the part's name; the reader maps it back to the part.
    const name = part.title === 'Chronic Pain Medical Treatment' && draw.chance(0.08) ? 'Chronic Pain Medical Treatment Guidelines' : part.title;
    segments.push(sections.length > 0 ? `${name} ${part.edition}, Section(s): ${sections.join(', ')}` : `${name} ${part.edition}`);
    citations.push({ citedBy, basedOnMtus: true, source: 'MTUS', title: part.title, edition: part.edition, sectionsInclude: sections, pages: [] });
  }
  return { text: `Decision based on MTUS ${segments.join(', and ')}.`, citations };
}

function odgSentence(context: CitationContext, citedBy: CitedBy): { text: string; citations: CitationFacts[] } {
  const { draw, kind, region, request } = context;
  const chapters = kind.odg.chapters === 'region' ? region.odgChapters : kind.odg.chapters;
  const chapter = draw.pick(chapters);
  const topics = request.topics ?? kind.odg.topics;
  const topic = topics.length > 0 && draw.chance(0.6) ? draw.pick(topics) : null;
  const chapterWord = chapter.endsWith('Guidelines') ? '' : ' Chapter';
  const style = draw.int(0, 5);
  const facts = (sections: string[]): CitationFacts[] => [
    { citedBy, basedOnMtus: false, source: 'ODG', title: 'Official Disability Guidelines', edition: null, sectionsInclude: sections, pages: [] },
  ];
  if (style === 0) return { text: 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG).', citations: facts([]) };
  const sections = topic ? [chapter, topicAsRead(topic)] : [chapter];
  const topicTail = topic ? `, ${topic}` : '';
  if (style <= 2) return { text: `Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), ${chapter}${chapterWord}${topicTail}.`, citations: facts(sections) };
  if (style === 3) return { text: `Decision based on Non-MTUS Citation Official Disability Guidelines, ${chapter}${topicTail}.`, citations: facts(sections) };
  // The online edition, dated some weeks before the decision.
  const updated = writeDate(context.decisionDay - draw.int(20, 200), 'shortYear');
  const topicAfterColon = topic ? `: ${topic}` : '';
  return { text: `Decision based on Non-MTUS Citation Official Disability Guidelines, ${chapter}${chapterWord} (updated ${updated})${topicAfterColon}.`, citations: facts(sections) };
}

function acoemSentence(context: CitationContext, citedBy: CitedBy): { text: string; citations: CitationFacts[] } {
  const wanted = context.kind.acoem;
  const chapter = wanted === undefined || wanted === 'region' ? ACOEM_CHAPTER_OF[context.region.key] : wanted;
  return {
    text: `Decision based on Non-MTUS Citation ACOEM Practice Guidelines, 3rd Edition, ${chapter}.`,
    citations: [{ citedBy, basedOnMtus: false, source: 'ACOEM', title: 'ACOEM Practice Guidelines', edition: '3rd', sectionsInclude: [chapter], pages: [] }],
  };
}

function labelSentence(context: CitationContext, citedBy: CitedBy): { text: string; citations: CitationFacts[] } {
  const name = context.request.noun;
  if (context.draw.chance(0.5)) {
    return {
      text: `Decision based on Non-MTUS Citation US Food and Drug Administration, prescribing information for ${name}.`,
      citations: [{ citedBy, basedOnMtus: false, source: 'OTHER', title: 'US Food and Drug Administration', edition: null, sectionsInclude: [], pages: [] }],
    };
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    text: `Decision based on Non-MTUS Citation https://www.drugs.com/pro/${slug}.html.`,
    citations: [{ citedBy, basedOnMtus: false, source: 'OTHER', title: null, edition: null, sectionsInclude: [], pages: [] }],
  };
}

type Basis = 'mtus' | 'mtusAndOdg' | 'outsideOdg' | 'odg' | 'none' | 'outsideAcoem' | 'outsideLabel';

const STATEMENTS: Readonly<Record<CitedBy, { outside: string; none: string }>> = {
  CLAIMS_ADMINISTRATOR: {
    outside: 'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.',
    none: 'The Claims Administrator did not cite any medical evidence for its decision.',
  },
  INDEPENDENT_REVIEWER: {
    outside: 'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines.',
    none: 'The Expert Reviewer did not cite any medical evidence for its decision.',
  },
};

function chooseBasis(context: CitationContext, citedBy: CitedBy, hasMtus: boolean): Basis {
  const mtusWeight = hasMtus ? (context.kind.outsideMtus ? 0.3 : 1) : 0;
  const label = context.isDrug ? 1 : 0;
  return citedBy === 'CLAIMS_ADMINISTRATOR'
    ? context.draw.weighted(
        w<Basis>(['mtus', 45 * mtusWeight], ['mtusAndOdg', 15 * mtusWeight], ['outsideOdg', 17], ['odg', 5], ['none', 13], ['outsideAcoem', 2], ['outsideLabel', 3 * label]),
      )
    : context.draw.weighted(
        w<Basis>(['mtus', 62 * mtusWeight], ['mtusAndOdg', 8 * mtusWeight], ['outsideOdg', 18], ['none', 7], ['outsideAcoem', 3], ['outsideLabel', 4 * label]),
      );
}

export function writeGuidelineParagraph(context: CitationContext, citedBy: CitedBy): GuidelineParagraph {
  const { draw } = context;
  const parts = resolveParts(context);
  const basis = chooseBasis(context, citedBy, parts.length > 0);
  const statements = STATEMENTS[citedBy];
  switch (basis) {
    case 'mtus':
    case 'mtusAndOdg': {
      // Most citations name one part; some name two in one sentence ("..., and Chronic Pain Medical Treatment 2016, ...").
      const chosen = parts.length > 1 && draw.chance(0.2) ? draw.some(parts, 2) : [draw.pick(parts)];
      const mtus = mtusSentence(draw, chosen, citedBy);
      const reference = mtusReference(chosen[0]!.title);
      if (basis === 'mtus') return { text: mtus.text, citations: mtus.citations, reference };
      const odg = odgSentence(context, citedBy);
      return { text: `${mtus.text} ${odg.text}`, citations: [...mtus.citations, ...odg.citations], reference };
    }
    case 'outsideOdg': {
      const odg = odgSentence(context, citedBy);
      return { text: `${statements.outside} ${odg.text}`, citations: odg.citations, reference: 'The Official Disability Guidelines' };
    }
    case 'odg': {
      const odg = odgSentence(context, citedBy);
      return { text: odg.text, citations: odg.citations, reference: 'The Official Disability Guidelines' };
    }
    case 'outsideAcoem': {
      const acoem = acoemSentence(context, citedBy);
      return { text: `${statements.outside} ${acoem.text}`, citations: acoem.citations, reference: 'The ACOEM practice guidelines' };
    }
    case 'outsideLabel': {
      const label = labelSentence(context, citedBy);
      return { text: `${statements.outside} ${label.text}`, citations: label.citations, reference: 'Evidence-based guidelines' };
    }
    case 'none':
      return { text: statements.none, citations: [], reference: 'Evidence-based guidelines' };
  }
}

/** The showcase's MAXIMUS paragraph: the README's citation query must find it. */
export function showcaseCitation(decisionDay: Day): GuidelineParagraph {
  const edition = decisionDay >= CHRONIC_PAIN_2016_FROM ? '2016' : '2009';
  return {
    text: `Decision based on MTUS Chronic Pain Medical Treatment ${edition}, Section(s): Opioids, criteria for use.`,
    citations: [
      { citedBy: 'INDEPENDENT_REVIEWER', basedOnMtus: true, source: 'MTUS', title: 'Chronic Pain Medical Treatment', edition, sectionsInclude: ['Opioids, criteria for use'], pages: [] },
    ],
    reference: mtusReference('Chronic Pain Medical Treatment'),
  };
}
