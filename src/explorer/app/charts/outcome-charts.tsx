/** @jsxImportSource preact */
/**
 * Four views of one search's outcome statistics (`outcomeStats`): overturn rate by treatment, by
 * reviewer specialty, by guideline section and by decision month. Each chart has its numbers as a
 * table beside it, for screen readers and for anyone who wants the figures.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DisputedItemFilter, RateGroupFragment } from '../../generated/graphql.js';
import { formatCount, formatInterval, formatRate } from '../labels.js';
import { OutcomeRatesQuery } from '../operations.js';
import { useQuery } from '../use-query.js';
import { isSmallGroup, rateBarChart, rateTimeline, SMALL_GROUP } from './rate-charts.js';

/** The charts follow the search after the results: they may wait for typing to settle. */
const CHARTS_DEBOUNCE_MS = 250;

function useWidth(element: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target) return undefined;
    setWidth(target.clientWidth);
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setWidth(target.clientWidth));
    });
    observer.observe(target);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);
  return width;
}

function PlotFrame({ build, groups, label }: { build: (width: number) => SVGSVGElement; groups: RateGroupFragment[]; label: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const width = useWidth(holder);
  useEffect(() => {
    const target = holder.current;
    if (!target || width === 0) return;
    target.replaceChildren(build(width));
  }, [width, groups, label]);
  return <div class="plot-holder" ref={holder} />;
}

function NumbersTable({ groups, caption, groupHeading }: { groups: RateGroupFragment[]; caption: string; groupHeading: string }) {
  return (
    <details class="numbers">
      <summary>The numbers</summary>
      <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
        <table class="numbers-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{groupHeading}</th>
              <th scope="col">Items</th>
              <th scope="col">Overturned</th>
              <th scope="col">Overturn rate</th>
              <th scope="col">95% interval</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.key} class={isSmallGroup(group) ? 'small-group' : undefined}>
                <th scope="row">{group.label}</th>
                <td>
                  {formatCount(group.total)}
                  {isSmallGroup(group) && <span class="small-note"> (fewer than {SMALL_GROUP})</span>}
                </td>
                <td>{formatCount(group.overturned)}</td>
                <td>{formatRate(group.overturnRate)}</td>
                <td>{formatInterval(group.interval.low, group.interval.high)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

interface ChartSpec {
  id: string;
  title: string;
  groupHeading: string;
  groups: RateGroupFragment[];
  timeline?: boolean;
}

function Chart({ spec }: { spec: ChartSpec }) {
  const { id, title, groups, groupHeading, timeline } = spec;
  const small = groups.filter(isSmallGroup).length;
  return (
    <figure class="chart" id={id} data-groups={groups.length} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
        <p class="chart-note">
          {groups.length === 0
            ? 'No group: no item of this search has a value here.'
            : `${groups.length} ${groups.length === 1 ? 'group' : 'groups'}${small ? `, ${small} with fewer than ${SMALL_GROUP} items (pale)` : ''}.`}
        </p>
      </figcaption>
      {groups.length > 0 && (
        <PlotFrame
          groups={groups}
          label={title}
          build={(width) => (timeline ? rateTimeline(groups, { width, title }) : rateBarChart(groups, { width, title }))}
        />
      )}
      {groups.length > 0 && <NumbersTable groups={groups} caption={`${title}: the numbers`} groupHeading={groupHeading} />}
    </figure>
  );
}

export function OutcomeCharts({ filter }: { filter: DisputedItemFilter }) {
  const stats = useQuery(OutcomeRatesQuery, { filter }, { debounceMs: CHARTS_DEBOUNCE_MS });
  const data = stats.data;
  if (stats.error) return <p class="error">The outcome rates could not be loaded: {stats.error}</p>;
  if (!data) return <p>Counting…</p>;
  const specs: ChartSpec[] = [
    { id: 'chart-treatment', title: 'By treatment', groupHeading: 'Treatment', groups: data.byTreatment },
    { id: 'chart-specialty', title: 'By reviewer specialty', groupHeading: 'Specialty', groups: data.bySpecialty },
    { id: 'chart-section', title: 'By guideline section cited', groupHeading: 'Guideline section', groups: data.bySection },
    { id: 'chart-month', title: 'By decision month', groupHeading: 'Month', groups: data.byMonth, timeline: true },
  ];
  const fresh = stats.dataKey === JSON.stringify({ filter }) && !stats.loading;
  return (
    <div class="charts" aria-busy={!fresh} data-fresh={fresh ? 'true' : 'false'} data-filter={fresh ? JSON.stringify(filter) : ''}>
      {specs.map((spec) => (
        <Chart key={spec.id} spec={spec} />
      ))}
      <p class="visually-hidden" aria-live="polite">
        {fresh ? `Outcome rates updated: ${data.byTreatment.length} treatments.` : ''}
      </p>
    </div>
  );
}
