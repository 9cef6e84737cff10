/** @jsxImportSource preact */
/**
 * The outcome rates of the current search. The charts' code (Observable Plot and the parts of d3 it
 * uses) is its own chunk, loaded once the page is up, so the search box and the first results never
 * wait for it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DisputedItemFilter } from '../../generated/graphql.js';

type ChartsModule = typeof import('../charts/outcome-charts.js');

export function RatesSection({ filter }: { filter: DisputedItemFilter }) {
  const [charts, setCharts] = useState<ChartsModule | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    import('../charts/outcome-charts.js').then(setCharts, (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
  }, []);
  return (
    <section class="rates" aria-labelledby="rates-heading">
      <h2 id="rates-heading">Outcome rates</h2>
      <p class="help">
        How often the disputed items of this search were overturned (found medically necessary), by group. Each whisker is the Wilson 95% interval: where the rate plausibly lies given the
        group's size. Pale, outlined marks are groups of fewer than 10 items, too small to say much.
      </p>
      {failed && <p class="error">The charts could not be loaded: {failed}</p>}
      {!charts && !failed && <p>Loading the charts…</p>}
      {charts && <charts.OutcomeCharts filter={filter} />}
    </section>
  );
}
