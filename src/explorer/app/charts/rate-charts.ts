/**
 * Overturn-rate charts drawn with Observable Plot: a bar per group with its Wilson 95% interval as a
 * whisker and its size written beside it, or, over months, a point per month with its interval and a
 * size that grows with the group. Groups under SMALL_GROUP items are drawn pale and outlined.
 *
 * Marks carry a class saying what they draw (`rate`, `rate-small`, `interval`, `interval-small`,
 * `interval-end`, `group-size`) for the stylesheet and the tests.
 *
 * Plot puts a `<style>` element in every chart it draws; a page under `style-src 'self'` would refuse
 * it (and log the refusal), so it is taken out before the chart reaches the page and styles.css holds
 * the same rules for the `imr-plot` class.
 */
import { barX, dot, plot, ruleX, ruleY, text, tickX } from '@observablehq/plot';
import type { RateGroupFragment } from '../../generated/graphql.js';
import { formatCount, formatInterval, formatRate } from '../labels.js';

/** Below this many items a rate says little (the interval spans most of 0–100%). */
export const SMALL_GROUP = 10;

export const isSmallGroup = (group: Pick<RateGroupFragment, 'total'>): boolean => group.total < SMALL_GROUP;

/** What one bar or point says, as its tooltip and in words for anyone reading the chart's source. */
export function describeGroup(group: RateGroupFragment): string {
  const size = `${formatCount(group.overturned)} of ${formatCount(group.total)} overturned`;
  const small = isSmallGroup(group) ? `; fewer than ${SMALL_GROUP} items, too few to say much` : '';
  return `${group.label}: ${formatRate(group.overturnRate)} (${size}); 95% interval ${formatInterval(group.interval.low, group.interval.high)}${small}`;
}

const COLORS = {
  bar: '#2f6db3',
  smallBar: '#c9d9ee',
  smallStroke: '#2f6db3',
  whisker: '#1a1a1a',
  text: '#1a1a1a',
};

const CLASS_NAME = 'imr-plot';

function finish(svg: SVGSVGElement | HTMLElement, description: string): SVGSVGElement {
  const chart = svg as SVGSVGElement;
  for (const style of chart.querySelectorAll('style')) style.remove();
  // The chart is one image to assistive technology (its numbers are in the table beside it); Plot's
  // aria-label on each mark's <g> is not allowed on an element without a role, so it goes.
  for (const element of chart.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', description);
  return chart;
}

function truncate(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

export interface ChartOptions {
  width: number;
  title: string;
}

/** Horizontal bars, largest group first (the order outcomeStats gives). */
export function rateBarChart(groups: RateGroupFragment[], { width, title }: ChartOptions): SVGSVGElement {
  const narrow = width < 520;
  const labelChars = narrow ? 16 : 28;
  const labels = groups.map((group) => group.key);
  const labelOf = new Map(groups.map((group) => [group.key, truncate(group.label, labelChars)]));
  const large = groups.filter((group) => !isSmallGroup(group));
  const small = groups.filter(isSmallGroup);
  const rowHeight = 28;
  const svg = plot({
    className: CLASS_NAME,
    width,
    height: groups.length * rowHeight + 48,
    marginLeft: narrow ? 120 : 210,
    marginRight: 58,
    marginTop: 8,
    marginBottom: 36,
    style: { color: COLORS.text, fontSize: '12px' },
    x: { domain: [0, 1], tickFormat: (rate: number) => `${Math.round(rate * 100)}%`, ticks: narrow ? 3 : 5, grid: true, label: 'Overturn rate' },
    y: { domain: labels, tickFormat: (key: string) => labelOf.get(key) ?? key, label: null, padding: 0.25 },
    marks: [
      barX(large, { y: 'key', x: 'overturnRate', fill: COLORS.bar, title: describeGroup, className: 'rate' }),
      barX(small, { y: 'key', x: 'overturnRate', fill: COLORS.smallBar, stroke: COLORS.smallStroke, strokeDasharray: '3,2', title: describeGroup, className: 'rate-small' }),
      ruleY(groups, { y: 'key', x1: (group: RateGroupFragment) => group.interval.low, x2: (group: RateGroupFragment) => group.interval.high, stroke: COLORS.whisker, strokeWidth: 1.5, className: 'interval' }),
      tickX(groups, { y: 'key', x: (group: RateGroupFragment) => group.interval.low, stroke: COLORS.whisker, strokeWidth: 1.5, insetTop: 5, insetBottom: 5, className: 'interval-end' }),
      tickX(groups, { y: 'key', x: (group: RateGroupFragment) => group.interval.high, stroke: COLORS.whisker, strokeWidth: 1.5, insetTop: 5, insetBottom: 5, className: 'interval-end' }),
      text(groups, {
        y: 'key',
        x: 1,
        text: (group: RateGroupFragment) => `n=${formatCount(group.total)}${isSmallGroup(group) ? '*' : ''}`,
        textAnchor: 'start',
        dx: 6,
        fill: COLORS.text,
        className: 'group-size',
      }),
      ruleX([0], { stroke: COLORS.text }),
    ],
  });
  return finish(svg, `${title}: overturn rate of ${groups.length} groups with 95% intervals. The numbers are in the table below.`);
}

const monthStart = (key: string) => new Date(`${key}-01T00:00:00Z`);

/** A point per month (oldest first, as outcomeStats gives months) with its interval; the point's area grows with the month's items. */
export function rateTimeline(groups: RateGroupFragment[], { width, title }: ChartOptions): SVGSVGElement {
  const large = groups.filter((group) => !isSmallGroup(group));
  const small = groups.filter(isSmallGroup);
  const x = (group: RateGroupFragment) => monthStart(group.key);
  const low = (group: RateGroupFragment) => group.interval.low;
  const high = (group: RateGroupFragment) => group.interval.high;
  const maxTotal = Math.max(1, ...groups.map((group) => group.total));
  const svg = plot({
    className: CLASS_NAME,
    width,
    height: 260,
    marginLeft: 48,
    marginRight: 16,
    marginTop: 16,
    marginBottom: 36,
    style: { color: COLORS.text, fontSize: '12px' },
    x: { type: 'utc', label: null, ticks: width < 520 ? 4 : 8 },
    y: { domain: [0, 1], tickFormat: (rate: number) => `${Math.round(rate * 100)}%`, grid: true, label: 'Overturn rate' },
    r: { domain: [0, maxTotal], range: [0, 8] },
    marks: [
      ruleX(large, { x, y1: low, y2: high, stroke: COLORS.whisker, strokeWidth: 1.5, className: 'interval' }),
      ruleX(small, { x, y1: low, y2: high, stroke: COLORS.smallStroke, strokeWidth: 1, strokeDasharray: '3,2', className: 'interval-small' }),
      dot(large, { x, y: 'overturnRate', r: 'total', fill: COLORS.bar, stroke: 'white', title: describeGroup, className: 'rate' }),
      // A small month keeps a visible point however few its items: the dot's size stays legible.
      dot(small, { x, y: 'overturnRate', r: 3.5, fill: COLORS.smallBar, stroke: COLORS.smallStroke, title: describeGroup, className: 'rate-small' }),
      ruleY([0], { stroke: COLORS.text }),
    ],
  });
  return finish(svg, `${title}: overturn rate of ${groups.length} months with 95% intervals; a point's area grows with the month's items. The numbers are in the table below.`);
}
