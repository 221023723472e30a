/**
 * The load benchmark's baseline: a bare socket.io server (same version as ours) that appends each
 * message to a file and acknowledges it, answering with one line. No auth, no engine, no scoring.
 */
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';
import { ackRecorder, busyRecorder, gcRecorder, metricsSnapshot } from '../../server/http/metrics';

const file = process.argv[2] ?? '/tmp/sparring-bare.log';
const log = createWriteStream(file, { flags: 'a' });
const histogram = monitorEventLoopDelay({ resolution: 10 });
const acks = ackRecorder();
const gc = gcRecorder();
const busy = busyRecorder();
histogram.enable();

const http = createServer((req, res) => {
  if (req.url === '/api/metrics') {
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify(metricsSnapshot(histogram, io.engine.clientsCount, acks.histogram, gc, busy)),
    );
  } else if (req.url === '/api/metrics/gc') {
    // Started with --expose-gc: collect, so memory readings compare live memory, as ours do.
    (globalThis as { gc?: () => void }).gc?.();
    res.end(JSON.stringify({ ok: true, heapUsed: process.memoryUsage().heapUsed }));
  } else if (req.url === '/api/metrics/reset') {
    histogram.reset();
    acks.histogram.reset();
    gc.reset();
    busy.reset();
    res.end('{"ok":true}');
  } else res.end('{"ok":true}');
});
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 2_000_000 });
io.on('connection', (socket) => {
  let seq = 0;
  socket.on('attempt:start', (_p: unknown, ack: (r: unknown) => void) => {
    const id = randomUUID();
    void socket.join(id);
    ack({
      ok: true,
      attempt: {
        id,
        messages: [{ id: randomUUID(), seq: ++seq, role: 'customer', text: 'Hello?' }],
      },
    });
  });
  socket.on(
    'agent:message',
    (p: { attemptId: string; text: string; clientId?: string }, ack: (r: unknown) => void) => {
      const message = {
        id: randomUUID(),
        seq: ++seq,
        role: 'agent',
        text: p.text,
        clientId: p.clientId,
      };
      // Stored (handed to the file) before the acknowledgement, like ours.
      const arrived = performance.now();
      log.write(`${JSON.stringify({ attemptId: p.attemptId, ...message })}\n`, () => {
        ack({ ok: true, message });
        acks.record(performance.now() - arrived);
        io.to(p.attemptId).emit('customer:message', {
          attemptId: p.attemptId,
          message: { id: randomUUID(), seq: ++seq, text: 'OK.' },
        });
      });
    },
  );
  socket.on('attempt:close', (_p: unknown, ack: (r: unknown) => void) =>
    ack({ ok: true, result: {} }),
  );
});
http.listen(0, '127.0.0.1', () => {
  process.stdout.write(
    `bare socket.io listening on http://localhost:${(http.address() as AddressInfo).port}\n`,
  );
});
