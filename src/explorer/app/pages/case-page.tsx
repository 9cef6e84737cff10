/** @jsxImportSource preact */
/**
 * One case: the cover facts, each disputed item with its decision, the rationale's conclusion and
 * what each side cited, the parser's warnings, and the original letter to download.
 */
import type { CasePageQuery } from '../../generated/graphql.js';
import { rationaleConclusion } from '../conclusion.js';
import { CASE_OUTCOME_LABELS, CATEGORY_LABELS, CITED_BY_LABELS, formatBytes, formatDate, FORMAT_LABELS, OUTCOME_LABELS, PRIORITY_LABELS, SEX_LABELS } from '../labels.js';
import { CaseQuery } from '../operations.js';
import { searchHref } from '../router.js';
import { lastSearchQuery } from '../search-memory.js';
import { useQuery } from '../use-query.js';

type CaseData = NonNullable<CasePageQuery['case']>;
type ItemData = CaseData['disputedItems'][number];
type CitationData = ItemData['citations'][number];
type WarningData = CaseData['warnings'][number];

function Fact({ term, children }: { term: string; children: preact.ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Warnings({ warnings, heading }: { warnings: WarningData[]; heading: string }) {
  if (warnings.length === 0) return null;
  return (
    <div class="warnings" role="note" aria-label={heading}>
      <h3>{heading}</h3>
      <ul>
        {warnings.map((warning, i) => (
          <li key={`${warning.code}-${i}`}>
            <code>{warning.code}</code> {warning.message}
            {warning.itemOrdinal !== null && warning.itemOrdinal !== undefined && ` (item ${warning.itemOrdinal})`}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Citation({ citation }: { citation: CitationData }) {
  const pages = citation.pages.map((range) => (range.start === range.end ? `p. ${range.start}` : `pp. ${range.start}–${range.end}`)).join(', ');
  return (
    <li class="citation">
      <span class="source-tag">{citation.source}</span> {citation.title ?? 'Untitled'}
      {citation.edition && ` (${citation.edition})`}
      {citation.sections.length > 0 && <span class="sections">: {citation.sections.join('; ')}</span>}
      {pages && <span class="pages">, {pages}</span>}
    </li>
  );
}

function CitedBySide({ side, citations, basis }: { side: 'CLAIMS_ADMINISTRATOR' | 'INDEPENDENT_REVIEWER'; citations: CitationData[]; basis: string | null | undefined }) {
  const mine = citations.filter((citation) => citation.citedBy === side);
  return (
    <div class="side">
      <h4>{CITED_BY_LABELS[side]} cited</h4>
      {mine.length > 0 ? <ul>{mine.map((citation) => <Citation key={citation.id} citation={citation} />)}</ul> : <p class="basis">{basis ?? 'Nothing recorded.'}</p>}
    </div>
  );
}

/** The item's own warnings and any the letter gives about it, each once. */
function itemWarnings(item: ItemData, letterWarnings: WarningData[]): WarningData[] {
  const seen = new Set(item.warnings.map((warning) => `${warning.code}\n${warning.message}`));
  return [...item.warnings, ...letterWarnings.filter((warning) => warning.itemOrdinal === item.ordinal && !seen.has(`${warning.code}\n${warning.message}`))];
}

function DisputedItemView({ item, warnings }: { item: ItemData; warnings: WarningData[] }) {
  const outcome = item.decision.outcome;
  const headingId = `item-${item.ordinal}`;
  return (
    <article class="item" aria-labelledby={headingId}>
      <header class="item-header">
        <h3 id={headingId}>
          {item.ordinal}. {item.description}
        </h3>
        <span class={`badge ${outcome.toLowerCase()}`}>{OUTCOME_LABELS[outcome]}</span>
      </header>
      <p class="item-facts">
        {item.treatment.concept.name} · {CATEGORY_LABELS[item.treatment.category]}
        {item.treatment.drugClass && ` · ${item.treatment.drugClass}`}
        {item.treatment.bodyRegion && ` · ${item.treatment.bodyRegion}`}
      </p>
      <blockquote class="conclusion">
        <p>{rationaleConclusion(item.decision.rationale)}</p>
      </blockquote>
      <details>
        <summary>The whole rationale</summary>
        <p class="rationale">{item.decision.rationale}</p>
      </details>
      <div class="sides">
        <CitedBySide side="CLAIMS_ADMINISTRATOR" citations={item.citations} basis={item.claimsAdministratorBasis} />
        <CitedBySide side="INDEPENDENT_REVIEWER" citations={item.citations} basis={item.independentReviewerBasis} />
      </div>
      <Warnings warnings={warnings} heading="Parser warnings about this item" />
    </article>
  );
}

export function CasePage({ id }: { id: string }) {
  const answer = useQuery(CaseQuery, { id });
  const back = (
    <p class="back">
      <a href={searchHref(lastSearchQuery())}>← Back to the search</a>
    </p>
  );
  if (answer.error)
    return (
      <>
        {back}
        <h1>The case could not be loaded</h1>
        <p class="error">{answer.error}</p>
      </>
    );
  if (!answer.data)
    return (
      <>
        {back}
        <h1>Loading the case…</h1>
      </>
    );
  const kase = answer.data.case;
  if (!kase)
    return (
      <>
        {back}
        <h1>No such case</h1>
        <p>Nothing is stored under this id.</p>
      </>
    );
  const letterWarnings = kase.warnings.filter((warning) => warning.itemOrdinal === null || warning.itemOrdinal === undefined);
  const worker = kase.injuredWorker;
  const workerFacts = [worker.age !== null && worker.age !== undefined ? `${worker.age} years` : null, worker.sex ? SEX_LABELS[worker.sex] : null].filter(Boolean).join(', ');
  return (
    <div class="case-page">
      {back}
      <header class="case-header">
        <h1>Case {kase.caseNumber ?? '(no case number)'}</h1>
        <span class={`badge ${kase.outcome.toLowerCase()}`}>{CASE_OUTCOME_LABELS[kase.outcome]}</span>
      </header>
      <p class="download">
        <a class="button" href={kase.source.downloadUrl} download={kase.source.fileName}>
          Download the original letter
        </a>{' '}
        <span class="file-facts">
          {kase.source.fileName} · {kase.source.contentType === 'application/pdf' ? 'PDF' : 'text'} · {formatBytes(kase.source.sizeBytes)}
        </span>
      </p>
      <section aria-labelledby="cover-heading">
        <h2 id="cover-heading">Cover</h2>
        <dl class="facts">
          <Fact term="Decision date">{formatDate(kase.decisionDate)}</Fact>
          <Fact term="Assigned to the reviewer">{formatDate(kase.dateAssigned)}</Fact>
          <Fact term="UR denial">{formatDate(kase.urDenialDate)}</Fact>
          <Fact term="Application received">{formatDate(kase.applicationReceivedDate)}</Fact>
          <Fact term="Priority">{kase.priority ? PRIORITY_LABELS[kase.priority] : '—'}</Fact>
          <Fact term="Reviewer specialty">{kase.reviewer.specialties.join(', ') || '—'}</Fact>
          <Fact term="Reviewer licensed in">{kase.reviewer.licensureStates.join(', ') || '—'}</Fact>
          <Fact term="Injured worker">{workerFacts || '—'}</Fact>
          <Fact term="Date of injury">{formatDate(worker.dateOfInjury)}</Fact>
          <Fact term="Diagnoses">{worker.diagnoses.join('; ') || '—'}</Fact>
          <Fact term="Letter">{FORMAT_LABELS[kase.format]}</Fact>
          <Fact term="Read by parser">{kase.parserVersion}</Fact>
        </dl>
        <Warnings warnings={letterWarnings} heading="Parser warnings about the letter" />
      </section>
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">
          {kase.disputedItems.length} disputed {kase.disputedItems.length === 1 ? 'item' : 'items'}
        </h2>
        {kase.disputedItems.map((item) => (
          <DisputedItemView key={item.id} item={item} warnings={itemWarnings(item, kase.warnings)} />
        ))}
      </section>
    </div>
  );
}
