/** @jsxImportSource preact */
/**
 * Search: the box (with suggestions from the facets), the filters, the matching disputed items with
 * their exact count and pages, and the outcome rates of the same search. The search lives in the
 * URL: typing replaces the address (no step back per letter), other changes push it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SearchItemsQuery as SearchItems } from '../../generated/graphql.js';
import { Combobox, type Suggestion } from '../components/combobox.js';
import { Filters } from '../components/filters.js';
import { RatesSection } from '../components/rates-section.js';
import type { GraphQLClient } from '../graphql-client.js';
import { formatCount, formatDate, OUTCOME_LABELS } from '../labels.js';
import { navigate } from '../navigation.js';
import { SearchItemsQuery, SuggestQuery } from '../operations.js';
import { caseHref, searchHref } from '../router.js';
import { rememberSearch } from '../search-memory.js';
import { filterBesidesBox, filterOf, PAGE_SIZE, formatSearch, parseSearch, withPick, withTypedText, type PickKind, type SearchState } from '../search-params.js';
import { useQuery } from '../use-query.js';

/** A pause after a keystroke before searching: long enough to skip most letters of a word typed fast, short enough to feel live. */
export const TYPING_DEBOUNCE_MS = 60;
const SUGGESTIONS_LAG_MS = 40;

/** A treatment concept id's first part says what it is: `drug/...`, `ingredient/...`, `imaging/...`. */
function treatmentHint(value: string): string {
  const family = value.split('/')[0] ?? '';
  return family ? family.replace(/-/g, ' ') : 'treatment';
}

function suggestFor(search: SearchState) {
  return (client: GraphQLClient, text: string, signal: AbortSignal): Promise<Suggestion[]> | null => {
    if (search.pick) return null;
    return client.request(SuggestQuery, { prefix: text, filter: filterBesidesBox(search) }, { signal }).then((found) => [
      ...found.treatments.map((facet) => ({ kind: 'treatment', value: facet.value, label: facet.label, hint: treatmentHint(facet.value), count: facet.count })),
      ...found.drugClasses.map((facet) => ({ kind: 'drugClass', value: facet.value, label: facet.label, hint: 'drug class', count: facet.count })),
      ...found.sections.map((facet) => ({ kind: 'section', value: facet.value, label: facet.label, hint: 'guideline section', count: facet.count })),
    ]);
  };
}

type Item = SearchItems['disputedItems']['edges'][number]['node'];

function ResultRow({ item }: { item: Item }) {
  const outcome = item.decision.outcome;
  return (
    <tr>
      <td data-label="Treatment">
        <div>
          <span class="treatment-name">{item.description}</span>
          {item.treatment.concept.name.toLowerCase() !== item.description.toLowerCase() && <span class="concept-name">{item.treatment.concept.name}</span>}
        </div>
      </td>
      <td data-label="Outcome">
        <span class={`badge ${outcome.toLowerCase()}`}>{OUTCOME_LABELS[outcome]}</span>
      </td>
      <td data-label="Decision date">{formatDate(item.case.decisionDate)}</td>
      <td data-label="Specialty">{item.case.reviewer.specialties.join(', ') || '—'}</td>
      <td data-label="Case">
        <a href={caseHref(item.case.id)}>{item.case.caseNumber ?? 'Case without number'}</a>
      </td>
    </tr>
  );
}

export function SearchPage({ query }: { query: string }) {
  const search = parseSearch(query);
  const filter = filterOf(search);
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState<{ filterKey: string; afters: (string | null)[] }>({ filterKey, afters: [null] });
  const afters = paging.filterKey === filterKey ? paging.afters : [null];
  const after = afters.at(-1) ?? null;
  const variables = { filter, first: PAGE_SIZE, after };
  const results = useQuery(SearchItemsQuery, variables, { debounceMs: TYPING_DEBOUNCE_MS });
  const fresh = results.dataKey === JSON.stringify(variables) && !results.loading;

  useEffect(() => rememberSearch(query), [query]);
  // The mark the keystroke benchmark (bench/explorer.bench.ts) reads: these results are on screen.
  useEffect(() => {
    if (fresh && results.dataKey) performance.mark('imr-explorer:results', { detail: results.dataKey });
  }, [fresh, results.dataKey]);

  const set = (next: SearchState, replace = false) => navigate(searchHref(formatSearch(next)), { replace });
  const connection = results.data?.disputedItems ?? null;
  const pageNumber = afters.length;
  const firstShown = (pageNumber - 1) * PAGE_SIZE + 1;

  return (
    <div class="search-page">
      <h1>Search IMR determinations</h1>
      <form role="search" class="search-form" onSubmit={(event) => event.preventDefault()}>
        <Combobox
          id="search-box"
          label="Treatment, drug, drug class, procedure or guideline section"
          value={search.q}
          placeholder="e.g. Norco, MRI, physical therapy, opioids"
          describedBy="search-box-help"
          // Suggestions ask a little after the results: the server answers in arrival order, and the results are what a keystroke waits for.
          debounceMs={TYPING_DEBOUNCE_MS + SUGGESTIONS_LAG_MS}
          onText={(text) => set(withTypedText(search, text), true)}
          onPick={(suggestion) => set(withPick(search, suggestion.kind as PickKind, suggestion.value, suggestion.label))}
          suggest={suggestFor(search)}
        />
        <p id="search-box-help" class="help">
          Brand, generic, ingredient, class or abbreviation: “hydrocodone” finds Norco. Pick a suggestion for an exact concept.
        </p>
      </form>
      <div class="search-layout">
        <Filters search={search} set={set} />
        <div class="search-results">
          {/* data-filter: the filter of the results on screen, once they are (tests and the benchmark wait on it). */}
          <section aria-labelledby="results-heading" class="results-section" data-filter={fresh ? filterKey : ''}>
            <h2 id="results-heading">Disputed items</h2>
            <p class="result-count" role="status">
              {results.error ? (
                <span class="error">The search failed: {results.error}</span>
              ) : connection ? (
                <>
                  <strong data-total-count={connection.totalCount}>{formatCount(connection.totalCount)}</strong> {connection.totalCount === 1 ? 'disputed item matches' : 'disputed items match'}
                  {connection.totalCount > 0 && ` · showing ${formatCount(firstShown)}–${formatCount(firstShown + connection.edges.length - 1)}`}
                </>
              ) : (
                'Searching…'
              )}
            </p>
            {connection && connection.edges.length > 0 && (
              <div class="table-wrap" role="region" aria-labelledby="results-heading" tabIndex={0}>
                <table class="results" aria-busy={!fresh} data-fresh={fresh ? 'true' : 'false'}>
                  <caption class="visually-hidden">Disputed items matching the search, newest decision first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Treatment</th>
                      <th scope="col">Outcome</th>
                      <th scope="col">Decision date</th>
                      <th scope="col">Specialty</th>
                      <th scope="col">Case</th>
                    </tr>
                  </thead>
                  <tbody>
                    {connection.edges.map(({ node }) => (
                      <ResultRow key={node.id} item={node} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {connection && connection.totalCount === 0 && <p class="empty">No disputed item matches. Remove a filter or try another word.</p>}
            {connection && (pageNumber > 1 || connection.pageInfo.hasNextPage) && (
              <nav class="pager" aria-label="Result pages">
                <button type="button" class="button" disabled={pageNumber <= 1} onClick={() => setPaging({ filterKey, afters: afters.slice(0, -1) })}>
                  Previous page
                </button>
                <span>
                  Page {pageNumber} of {formatCount(Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)))}
                </span>
                <button
                  type="button"
                  class="button"
                  disabled={!connection.pageInfo.hasNextPage || !fresh}
                  onClick={() => setPaging({ filterKey, afters: [...afters, connection.pageInfo.endCursor] })}
                >
                  Next page
                </button>
              </nav>
            )}
          </section>
          <RatesSection filter={filter} />
        </div>
      </div>
    </div>
  );
}
