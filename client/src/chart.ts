/** A small dependency-free SVG line chart (overall score over time). */
import { s } from './dom';

export interface ChartPoint {
  /** ISO date. */
  at: string;
  value: number;
  /** Accessible label of the point (scenario and score), shown as its tooltip. */
  label: string;
}

export function lineChart(
  points: readonly ChartPoint[],
  opts: { title: string; desc: string; formatDate: (iso: string) => string },
): SVGSVGElement {
  const W = 1000;
  const H = 240;
  const pad = { top: 16, right: 24, bottom: 34, left: 40 };
  const iw = W - pad.left - pad.right;
  const ih = H - pad.top - pad.bottom;
  const titleId = `chart-title-${Math.random().toString(36).slice(2)}`;
  const descId = `${titleId}-desc`;
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'chart',
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  svg.append(s('title', { id: titleId }, opts.title), s('desc', { id: descId }, opts.desc));

  const x = (i: number) =>
    pad.left + (points.length <= 1 ? iw / 2 : (i * iw) / (points.length - 1));
  const y = (v: number) => pad.top + ih - (Math.max(0, Math.min(100, v)) / 100) * ih;

  const grid = s('g', { class: 'chart__grid' });
  for (const v of [0, 25, 50, 75, 100]) {
    grid.append(
      s('line', { x1: pad.left, x2: W - pad.right, y1: y(v), y2: y(v) }),
      s('text', { x: pad.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, String(v)),
    );
  }
  svg.append(grid);

  if (points.length > 1) {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
    const area = `${d.join(' ')} L${x(points.length - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`;
    svg.append(
      s('path', { d: area, class: 'chart__area' }),
      s('path', { d: d.join(' '), class: 'chart__line' }),
    );
  }

  const dots = s('g', { class: 'chart__dots' });
  points.forEach((p, i) => {
    const dot = s('circle', { cx: x(i), cy: y(p.value), r: 4.5 });
    dot.append(s('title', {}, p.label));
    dots.append(dot);
  });
  svg.append(dots);

  // Date labels: first, last and a few in between, never overlapping.
  const labels = s('g', { class: 'chart__labels' });
  const step = Math.max(1, Math.ceil(points.length / 6));
  points.forEach((p, i) => {
    if (i % step !== 0 && i !== points.length - 1) return;
    if (i !== points.length - 1 && points.length - 1 - i < step / 2) return;
    labels.append(
      s('text', { x: x(i), y: H - 10, 'text-anchor': 'middle' }, opts.formatDate(p.at)),
    );
  });
  svg.append(labels);
  return svg;
}
