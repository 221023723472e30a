/** A small dependency-free SVG line chart (overall score over time). */
import { s } from './dom';

export interface ChartPoint {
  /** ISO date. */
  at: string;
  value: number;
  /** Accessible label of the point (scenario and score), shown as its tooltip. */
  label: string;
}

/** Below this width (CSS px) the chart is drawn at its real size, so its labels stay readable. */
const NARROW = 640;

export function lineChart(
  points: readonly ChartPoint[],
  opts: { title: string; desc: string; formatDate: (iso: string) => string },
): SVGSVGElement {
  const titleId = `chart-title-${Math.random().toString(36).slice(2)}`;
  const descId = `${titleId}-desc`;
  const svg = s('svg', {
    class: 'chart',
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  const head = [s('title', { id: titleId }, opts.title), s('desc', { id: descId }, opts.desc)];
  draw(svg, head, points, opts.formatDate, 1000);

  // On a wide screen the 1000-unit drawing is scaled to fit; on a phone that would shrink the
  // labels to a few pixels, so there it is redrawn with one unit per pixel of its width.
  if (typeof ResizeObserver !== 'undefined') {
    let drawnAt = 1000;
    new ResizeObserver(() => {
      const width = Math.round(svg.getBoundingClientRect().width);
      if (!width) return;
      const next = width < NARROW ? width : 1000;
      if (next === drawnAt) return;
      drawnAt = next;
      draw(svg, head, points, opts.formatDate, next);
    }).observe(svg);
  }
  return svg;
}

function draw(
  svg: SVGSVGElement,
  head: SVGElement[],
  points: readonly ChartPoint[],
  formatDate: (iso: string) => string,
  W: number,
): void {
  const narrow = W < NARROW;
  const H = narrow ? 200 : 240;
  const pad = narrow
    ? { top: 12, right: 30, bottom: 30, left: 36 }
    : { top: 16, right: 24, bottom: 34, left: 40 };
  const iw = W - pad.left - pad.right;
  const ih = H - pad.top - pad.bottom;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.classList.toggle('chart--narrow', narrow);
  svg.replaceChildren(...head);

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

  // Date labels: first, last and a few in between (fewer on a phone), never overlapping.
  const labels = s('g', { class: 'chart__labels' });
  const step = Math.max(1, Math.ceil(points.length / (narrow ? 3 : 6)));
  points.forEach((p, i) => {
    if (i % step !== 0 && i !== points.length - 1) return;
    if (i !== points.length - 1 && points.length - 1 - i < step / 2) return;
    labels.append(s('text', { x: x(i), y: H - 10, 'text-anchor': 'middle' }, formatDate(p.at)));
  });
  svg.append(labels);
}
