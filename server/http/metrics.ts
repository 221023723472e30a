/** Optional runtime metrics for benchmarks (SPARRING_METRICS=on): event loop, GC pauses and memory. */
import {
  createHistogram,
  monitorEventLoopDelay,
  PerformanceObserver,
  type IntervalHistogram,
  type RecordableHistogram,
} from 'node:perf_hooks';
import express, { type Router } from 'express';
import type { AppIo } from '../transport/socket';
import { requireRole } from './session';

/**
 * How long the server held each trainee message, from its arrival to the acknowledgement (in
 * microseconds): the part of the round trip the load generator's own delays do not touch.
 */
export function ackRecorder(): { histogram: RecordableHistogram; record: (ms: number) => void } {
  const histogram = createHistogram();
  return { histogram, record: (ms) => histogram.record(Math.max(1, Math.round(ms * 1000))) };
}

/**
 * Garbage-collection pauses of this thread since the last reset: every message that arrives during
 * one waits for it, so their share of the time shows in the acknowledgements' tail.
 */
export function gcRecorder(now: () => number = () => performance.now()) {
  let since = now();
  let pauseMs = 0;
  let count = 0;
  let maxMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauseMs += entry.duration;
      count += 1;
      maxMs = Math.max(maxMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    snapshot: () => {
      const seconds = Math.max(0.001, (now() - since) / 1000);
      const round = (x: number) => Math.round(x * 100) / 100;
      return { pauseMsPerSecond: round(pauseMs / seconds), pauses: count, maxMs: round(maxMs) };
    },
    reset: () => {
      since = now();
      pauseMs = count = maxMs = 0;
    },
    stop: () => observer.disconnect(),
  };
}

export type GcRecorder = ReturnType<typeof gcRecorder>;

/**
 * How busy this thread's event loop was since the last reset: the share of the time it spent
 * running callbacks rather than waiting for I/O (0..1). The busier the loop, the longer a message
 * that arrives waits behind others.
 */
export function busyRecorder() {
  let since = performance.eventLoopUtilization();
  return {
    snapshot: () => Math.round(performance.eventLoopUtilization(since).utilization * 1000) / 1000,
    reset: () => {
      since = performance.eventLoopUtilization();
    },
  };
}

export type BusyRecorder = ReturnType<typeof busyRecorder>;

/** Event-loop delay and memory now: the same figures for our server and the bench baseline. */
export function metricsSnapshot(
  histogram: IntervalHistogram,
  sockets: number,
  acks?: RecordableHistogram,
  gc?: GcRecorder,
  busy?: BusyRecorder,
) {
  const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
  const m = process.memoryUsage();
  const us = (n: number) => Math.round(n / 10) / 100;
  return {
    ok: true,
    ...(acks
      ? {
          serverAckMs: {
            p50: us(acks.percentile(50)),
            p99: us(acks.percentile(99)),
            max: us(acks.max),
          },
        }
      : {}),
    eventLoopDelayMs: {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
    },
    ...(gc ? { gc: gc.snapshot() } : {}),
    ...(busy ? { busy: busy.snapshot() } : {}),
    rss: m.rss,
    heapUsed: m.heapUsed,
    sockets,
  };
}

export function metricsRoutes(
  io: AppIo,
  acks: RecordableHistogram,
): { router: Router; stop: () => void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const gc = gcRecorder();
  const busy = busyRecorder();
  const router = express.Router();
  router.get('/metrics', requireRole('admin'), (_req, res) => {
    res.json(metricsSnapshot(histogram, io.engine.clientsCount, acks, gc, busy));
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
    acks.reset();
    gc.reset();
    busy.reset();
    res.json({ ok: true });
  });
  return {
    router,
    stop: () => {
      histogram.disable();
      gc.stop();
    },
  };
}
