/** Optional runtime metrics for benchmarks (SPARRING_METRICS=on): event-loop delay and memory. */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import express, { type Router } from 'express';
import type { AppIo } from '../transport/socket';
import { requireRole } from './session';

/** Event-loop delay and memory now: the same figures for our server and the bench baseline. */
export function metricsSnapshot(histogram: IntervalHistogram, sockets: number) {
  const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
  const m = process.memoryUsage();
  return {
    ok: true,
    eventLoopDelayMs: {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
    },
    rss: m.rss,
    heapUsed: m.heapUsed,
    sockets,
  };
}

export function metricsRoutes(io: AppIo): { router: Router; stop: () => void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const router = express.Router();
  router.get('/metrics', requireRole('admin'), (_req, res) => {
    res.json(metricsSnapshot(histogram, io.engine.clientsCount));
  });
  // With --expose-gc: collect, then report the live heap (for soak tests).
  router.post('/metrics/gc', requireRole('admin'), (_req, res) => {
    (globalThis as { gc?: () => void }).gc?.();
    res.json({
      ok: true,
      heapUsed: process.memoryUsage().heapUsed,
      collected: typeof (globalThis as { gc?: unknown }).gc === 'function',
    });
  });
  router.post('/metrics/reset', requireRole('admin'), (_req, res) => {
    histogram.reset();
    res.json({ ok: true });
  });
  return { router, stop: () => histogram.disable() };
}
