/**
 * Charts of the staff dashboards, drawn with Chart.js (only the parts used are registered, so the
 * rest is tree-shaken). Every chart is a <figure> with a caption, a canvas with role=img and an
 * aria-label summary, and a visually hidden data table with the same numbers for screen readers.
 * Labels and values come from the server but Chart.js draws them on a canvas: no HTML is parsed.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
  type Scale,
} from 'chart.js';
import { h } from './dom';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.font.family =
  "Inter, 'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 12;
Chart.defaults.color = '#5a6876';
Chart.defaults.borderColor = '#e1e6eb';

export interface Series {
  label: string;
  data: Array<number | null>;
  color: string;
  /** Draw thicker (the overall score). */
  strong?: boolean;
}

export interface ChartSpec {
  testid: string;
  title: string;
  /** One or two sentences saying what the chart shows (the canvas's aria-label). */
  summary: string;
  labels: string[];
  series: Series[];
  /** Formats a value in the hidden table and the tooltips. */
  format?: (v: number | null) => string;
  height?: number;
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Keeps the charts of a view so they can all be destroyed when it re-renders or goes away. */
export class Charts {
  private charts: Chart[] = [];

  destroy(): void {
    for (const c of this.charts) c.destroy();
    this.charts = [];
  }

  line(spec: ChartSpec, opts: { yMax?: number; stacked?: boolean } = {}): HTMLElement {
    return this.make(spec, {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({
          label: s.label,
          data: s.data,
          borderColor: s.color,
          backgroundColor: s.color,
          borderWidth: s.strong ? 3 : 2,
          pointRadius: spec.labels.length > 40 ? 0 : 3,
          pointHoverRadius: 5,
          cubicInterpolationMode: 'monotone',
          spanGaps: true,
        })),
      },
      options: {
        ...this.base(spec),
        scales: {
          x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
          y: { min: 0, max: opts.yMax ?? 100, ticks: { stepSize: 25 } },
        },
      },
    });
  }

  bar(spec: ChartSpec, opts: { stacked?: boolean; horizontal?: boolean; yMax?: number } = {}) {
    const horizontal = opts.horizontal ?? false;
    const valueAxis = { min: 0, ...(opts.yMax ? { max: opts.yMax } : {}), stacked: opts.stacked };
    const labelAxis = {
      stacked: opts.stacked,
      grid: { display: false },
      ticks: {
        autoSkip: !horizontal,
        // Long names (scenario titles) are cut to fit; the tooltip and the table keep them whole.
        callback(this: Scale, value: string | number): string {
          const label = this.getLabelForValue(Number(value));
          const max = this.chart.width < 560 ? 16 : 34;
          return label.length > max ? `${label.slice(0, max - 1)}…` : label;
        },
      },
    };
    return this.make(spec, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({
          label: s.label,
          data: s.data,
          backgroundColor: s.color,
          borderRadius: 4,
          maxBarThickness: 36,
        })),
      },
      options: {
        ...this.base(spec),
        indexAxis: horizontal ? 'y' : 'x',
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      },
    });
  }

  /** One series; `colors` colour its slices (one per label). */
  doughnut(spec: ChartSpec, colors: string[]): HTMLElement {
    const s = spec.series[0];
    return this.make(spec, {
      type: 'doughnut',
      data: {
        labels: spec.labels,
        datasets: [
          {
            label: s?.label ?? '',
            data: (s?.data ?? []).map((v) => v ?? 0),
            backgroundColor: colors,
            borderWidth: 2,
            borderColor: '#ffffff',
          },
        ],
      },
      options: { ...this.base(spec), cutout: '62%' },
    });
  }

  private base(spec: ChartSpec) {
    const fmt = spec.format ?? ((v: number | null) => (v === null ? '—' : String(v)));
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? (false as const) : { duration: 250 },
      interaction: { mode: 'index' as const, intersect: false },
      plugins: {
        legend: {
          display: spec.series.length > 1 || spec.testid.includes('outcome'),
          position: 'bottom' as const,
          labels: { boxWidth: 12, boxHeight: 12, usePointStyle: true, padding: 14 },
        },
        tooltip: {
          callbacks: {
            label: (ctx: { dataset: { label?: string }; raw: unknown; label: string }) => {
              const v = typeof ctx.raw === 'number' ? ctx.raw : null;
              const name = ctx.dataset.label || ctx.label;
              return `${name}: ${fmt(v)}`;
            },
          },
        },
      },
    };
  }

  private make<T extends ChartType>(spec: ChartSpec, config: ChartConfiguration<T>): HTMLElement {
    const canvas = h('canvas', { role: 'img', 'aria-label': `${spec.title}. ${spec.summary}` });
    const figure = h(
      'figure',
      { class: 'chartjs', 'data-testid': spec.testid },
      h('figcaption', { class: 'chartjs__title' }, spec.title),
      h('div', { class: 'chartjs__box', style: { height: `${spec.height ?? 260}px` } }, canvas),
      dataTable(spec),
    );
    this.charts.push(new Chart(canvas, config) as unknown as Chart);
    return figure;
  }
}

/** The chart's numbers as a table, visually hidden (the text alternative of the canvas). */
function dataTable(spec: ChartSpec): HTMLElement {
  const fmt = spec.format ?? ((v: number | null) => (v === null ? '—' : String(v)));
  // The wrapper is what hides it: a table's width grows with its content whatever its own width.
  return h(
    'div',
    { class: 'sr-only' },
    h(
      'table',
      null,
      h('caption', null, `${spec.title}. ${spec.summary}`),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, ''),
          spec.series.map((s) => h('th', { scope: 'col' }, s.label)),
        ),
      ),
      h(
        'tbody',
        null,
        spec.labels.map((label, i) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, label),
            spec.series.map((s) => h('td', null, fmt(s.data[i] ?? null))),
          ),
        ),
      ),
    ),
  );
}
