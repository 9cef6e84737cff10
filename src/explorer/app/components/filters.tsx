/** @jsxImportSource preact */
/** The filters beside the search box: each a labelled control, each change a new address. */
import type { CitedBy, GuidelineSource, ItemOutcome, Priority, TreatmentCategory } from '../../generated/graphql.js';
import { CATEGORY_LABELS, CITED_BY_LABELS, GUIDELINE_SOURCE_LABELS, OUTCOME_LABELS, PRIORITY_LABELS } from '../labels.js';
import { SectionSuggestQuery, SpecialtiesQuery } from '../operations.js';
import { EMPTY_SEARCH, filterBesidesBox, isEmptySearch, type SearchState } from '../search-params.js';
import { useQuery } from '../use-query.js';
import { Combobox } from './combobox.js';

interface FiltersProps {
  search: SearchState;
  set(next: SearchState, replace?: boolean): void;
}

function Select<T extends string>({ id, label, value, options, onChange }: { id: string; label: string; value: T | null | string; options: [T, string][]; onChange(value: T | null): void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(((event.currentTarget as HTMLSelectElement).value || null) as T | null)}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

const entries = <T extends string>(labels: Record<T, string>) => Object.entries(labels) as [T, string][];

const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 900px)').matches;

export function Filters({ search, set }: FiltersProps) {
  const specialties = useQuery(SpecialtiesQuery, {});
  const specialtyOptions: [string, string][] = (specialties.data?.specialties ?? []).map((facet) => [facet.label, facet.label]);
  if (search.specialty && !specialtyOptions.some(([value]) => value.toLowerCase() === search.specialty.toLowerCase())) specialtyOptions.unshift([search.specialty, search.specialty]);
  const specialtyValue = specialtyOptions.find(([value]) => value.toLowerCase() === search.specialty.toLowerCase())?.[0] ?? '';
  const sectionText = search.pick === 'section' ? search.q : search.section;

  const active = Object.keys(filterBesidesBox(search)).length;
  return (
    <section class="filters" aria-label="Filters">
      {/* Open beside the results on a wide screen; folded above them on a phone, where they would push the results out of sight. */}
      <details class="filters-toggle" open={wide}>
        <summary>
          Filters {active > 0 && <span class="file-facts">({active} set)</span>}
        </summary>
      <Select id="filter-specialty" label="Reviewer specialty" value={specialtyValue} options={specialtyOptions} onChange={(specialty) => set({ ...search, specialty: specialty ?? '' })} />
      <Select<ItemOutcome> id="filter-outcome" label="Outcome" value={search.outcome} options={entries(OUTCOME_LABELS)} onChange={(outcome) => set({ ...search, outcome })} />
      <fieldset class="field dates">
        <legend>Decision date</legend>
        <div class="field">
          <label for="filter-from">From</label>
          <input id="filter-from" type="date" value={search.from} max={search.to || undefined} onChange={(event) => set({ ...search, from: (event.currentTarget as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="filter-to">To</label>
          <input id="filter-to" type="date" value={search.to} min={search.from || undefined} onChange={(event) => set({ ...search, to: (event.currentTarget as HTMLInputElement).value })} />
        </div>
      </fieldset>
      <Select<TreatmentCategory> id="filter-category" label="Treatment category" value={search.category} options={entries(CATEGORY_LABELS)} onChange={(category) => set({ ...search, category })} />
      <Select<GuidelineSource> id="filter-source" label="Guideline source" value={search.source} options={entries(GUIDELINE_SOURCE_LABELS)} onChange={(source) => set({ ...search, source })} />
      <Combobox
        id="filter-section"
        label="Guideline section"
        value={sectionText}
        placeholder="e.g. opioids, criteria for use"
        onText={(text) => set(search.pick === 'section' ? { ...search, pick: null, q: '', section: text } : { ...search, section: text }, true)}
        onPick={(suggestion) => set(search.pick === 'section' ? { ...search, pick: null, q: '', section: suggestion.value } : { ...search, section: suggestion.value })}
        suggest={(client, text, signal) =>
          client.request(SectionSuggestQuery, { prefix: text }, { signal }).then((found) =>
            found.sections.map((facet) => ({ kind: 'section', value: facet.value, label: facet.label, hint: 'section', count: facet.count })),
          )
        }
      />
      <Select<CitedBy> id="filter-cited-by" label="Section or source cited by" value={search.citedBy} options={entries(CITED_BY_LABELS)} onChange={(citedBy) => set({ ...search, citedBy })} />
      <Select<Priority> id="filter-priority" label="Priority" value={search.priority} options={entries(PRIORITY_LABELS)} onChange={(priority) => set({ ...search, priority })} />
      <button type="button" class="button secondary" disabled={isEmptySearch(search)} onClick={() => set(EMPTY_SEARCH)}>
        Clear search and filters
      </button>
      </details>
    </section>
  );
}
