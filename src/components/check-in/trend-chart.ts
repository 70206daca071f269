import { css, html, nothing, svg } from 'lit';
import { plural } from '../../content/locales.js';
import type { CheckIn, CheckInUi } from '../../content/types.js';
import type { CheckInEntry } from './entries.js';

/**
 * The check-in's trend chart: how close each partner felt over the last weeks, drawn as an SVG
 * with a table of the same numbers. A part of its own, loaded the first time a history with
 * ratings is shown (see parts.ts).
 */

const CHART_WEEKS = 8;
const DAY_MS = 86_400_000;

/** What the chart needs from the check-in that shows it. */
export interface TrendChart {
  readonly ui: CheckInUi;
  readonly checkIn: CheckIn;
  readonly lang: string;
  readonly rtl: boolean;
  /** The points of the closeness scale (5). */
  readonly scalePoints: number;
  format(template: string, values: Record<string, string | number>): string;
  ratingText(rating: number | null): string;
}

interface ChartPoint {
  readonly day: number;
  readonly rating: number;
}

/** Midnight at the start of the local day of `date`. */
function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

export function renderTrend(chart: TrendChart, entries: readonly CheckInEntry[], now: Date) {
  const ui = chart.ui;
  const { checkIn } = chart;
  const days = CHART_WEEKS * 7;
  const first = startOfDay(now) - (days - 1) * DAY_MS;
  const inWindow = entries
    .filter((e) => Date.parse(e.date) >= first && e.responses.some((r) => r.rating !== null))
    .reverse();
  const title = chart.format(ui.chartTitle, { weeks: CHART_WEEKS });
  if (!inWindow.length) {
    return html`<div class="trend">
      <div class="chart-title">${title}</div>
      <p class="hint">${ui.chartEmpty}</p>
    </div>`;
  }
  const seriesCount = Math.max(...inWindow.map((e) => e.responses.length));
  const names = Array.from({ length: seriesCount }, (_, i) => entries.find((e) => e.responses[i]?.name)?.responses[i].name ?? '');
  // Each partner's ratings by week, averaged: a calm line rather than a day-to-day zig-zag.
  const series: ChartPoint[][] = names.map((_, i) => {
    const weeks = new Map<number, number[]>();
    for (const e of inWindow) {
      const rating = e.responses[i]?.rating;
      if (typeof rating !== 'number') continue;
      const week = Math.floor((startOfDay(new Date(e.date)) - first) / DAY_MS / 7);
      weeks.set(week, [...(weeks.get(week) ?? []), rating]);
    }
    return [...weeks].sort((a, b) => a[0] - b[0]).map(([week, ratings]) => ({ day: week * 7 + 3, rating: ratings.reduce((sum, r) => sum + r, 0) / ratings.length }));
  });
  const count = inWindow.reduce((n, e) => n + e.responses.filter((r) => r.rating !== null).length, 0);
  const dayFormat = new Intl.DateTimeFormat(chart.lang, { day: 'numeric', month: 'short' });
  const rowFormat = new Intl.DateTimeFormat(chart.lang, { weekday: 'short', day: 'numeric', month: 'short' });
  const from = dayFormat.format(new Date(inWindow[0].date));
  const to = dayFormat.format(new Date(inWindow[inWindow.length - 1].date));
  const label = `${title}. ${chart.format(plural(ui.chartSummary, chart.lang, count), { from, to })}`;
  const rtl = chart.rtl;
  const table = html`<details class="numbers">
    <summary>${ui.chartTable}</summary>
    <table>
      <caption class="visually-hidden">${title}</caption>
      <thead>
        <tr>
          <th scope="col">${ui.chartDate}</th>
          ${names.map((name, i) => html`<th scope="col">${name || (i === 0 ? checkIn.scaleQuestion : '')}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${inWindow.map(
          (e) => html`<tr>
            <th scope="row">${rowFormat.format(new Date(e.date))}</th>
            ${names.map((_, i) => html`<td>${chart.ratingText(e.responses[i]?.rating ?? null)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
  // A trend needs two weeks: until then, an honest word and the numbers so far.
  if (series.every((points) => points.length < 2)) {
    return html`<div class="trend">
      <div class="chart-title">${title}</div>
      <p class="hint">${ui.chartFew}</p>
      ${table}
    </div>`;
  }

  // The drawing: 560 × 200 units (about its size across a card, so its words stay small),
  // ratings up the side, days along the bottom.
  const [width, height, top, bottom, side] = [560, 200, 12, 170, 28];
  const left = rtl ? 12 : side;
  const right = rtl ? width - side : width - 12;
  const x = (day: number) => {
    const t = day / (days - 1);
    return Math.round((rtl ? right - t * (right - left) : left + t * (right - left)) * 10) / 10;
  };
  const y = (rating: number) => Math.round((bottom - ((rating - 1) / (chart.scalePoints - 1)) * (bottom - top)) * 10) / 10;
  const ticks = [0, Math.round((days - 1) / 3), Math.round((2 * (days - 1)) / 3), days - 1];
  const marker = (i: number, p: ChartPoint) =>
    i === 0
      ? svg`<circle class="marker" cx=${x(p.day)} cy=${y(p.rating)} r="4"></circle>`
      : svg`<rect class="marker" x=${x(p.day) - 3.5} y=${y(p.rating) - 3.5} width="7" height="7"></rect>`;

  return html`<div class="trend">
    <div class="chart-title" aria-hidden="true">${title}</div>
    <svg class="chart" part="chart" viewBox="0 0 ${width} ${height}" direction="ltr" role="img" aria-label=${label}>
      ${[1, 2, 3, 4, 5].map(
        (r) => svg`<line class="grid" x1=${left} x2=${right} y1=${y(r)} y2=${y(r)}></line>
          <text class="axis" x=${rtl ? right + 6 : left - 8} y=${y(r) + 4} text-anchor=${rtl ? 'start' : 'end'}>${r}</text>`,
      )}
      ${ticks.map(
        (day, i) => svg`<text class="axis" x=${x(day)} y=${height - 8}
          text-anchor=${i === 0 ? (rtl ? 'end' : 'start') : i === ticks.length - 1 ? (rtl ? 'start' : 'end') : 'middle'}
        >${dayFormat.format(new Date(first + day * DAY_MS + DAY_MS / 2))}</text>`,
      )}
      ${series.map(
        (points, i) => svg`<g class="series series-${i}">
          ${points.length > 1
            ? svg`<polyline class="line" points=${points.map((p) => `${x(p.day)},${y(p.rating)}`).join(' ')}
                fill="none" stroke-width="2" stroke-linejoin="round" stroke-dasharray=${i === 0 ? 'none' : '5 4'}></polyline>`
            : nothing}
          ${points.map((p) => marker(i, p))}
        </g>`,
      )}
    </svg>
    ${seriesCount > 1
      ? html`<ul class="legend" aria-hidden="true">
          ${names.map(
            (name, i) => html`<li class="series-${i}">
              <svg viewBox="0 0 24 10" class="swatch">
                <line class="line" x1="1" x2="23" y1="5" y2="5" stroke-width="2" stroke-dasharray=${i === 0 ? 'none' : '5 4'}></line>
              </svg>
              ${name}
            </li>`,
          )}
        </ul>`
      : nothing}
    <p class="hint small">
      ${ui.chartWeekly}
      ${chart.format(ui.scaleRange, { low: checkIn.scaleLabels[0], high: checkIn.scaleLabels[chart.scalePoints - 1], max: chart.scalePoints })}
    </p>
    ${table}
  </div>`;
}

/** The chart's look, added to the check-in's shadow root when the chart loads. */
export const chartStyles = css`
  :host {
    --_series-a: var(--alliance-check-in-series-a, var(--_accent));
    /* The palette's own: the accent, and the muted ink, told apart by dash and marker too. */
    --_series-b: var(--alliance-check-in-series-b, var(--_muted));
  }
  .chart-title {
    font-weight: 600;
  }
  .numbers summary {
    padding-block: var(--_space-s);
    cursor: pointer;
  }
  .trend {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .chart {
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .chart .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart .axis {
    fill: var(--_muted);
    font-size: 11px;
    font-family: var(--_font);
  }
  .series-0 .line {
    stroke: var(--_series-a);
  }
  .series-1 .line {
    stroke: var(--_series-b);
  }
  .series-0 .marker {
    fill: var(--_series-a);
  }
  .series-1 .marker {
    fill: var(--_surface);
    stroke: var(--_series-b);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .swatch {
    inline-size: 1.5rem;
    block-size: 0.625rem;
  }
  .numbers summary {
    display: list-item;
    padding-inline: 0;
    color: var(--_accent);
    font-size: 0.875rem;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    color: var(--_muted);
  }
  tbody th {
    font-weight: 400;
  }
`;
