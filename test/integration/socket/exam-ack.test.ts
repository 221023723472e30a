import { LowdbStore } from '../../../server/store/lowdb-store';
import { call, recorder, startTestApp } from '../../helpers/app';
import { FakeClock, settle } from '../../helpers/fake-clock';

type Ack = {
  ok: boolean;
  attempt?: { id: string; messages: Array<{ role: string; text: string }> };
  message?: { id: string; text: string };
  scores?: unknown;
};

describe('exam mode: a reply is acknowledged once stored; the customer answers after', () => {
  test('the ack carries the stored message, the answer follows as an event, nothing is left pending', async () => {
    const t = await startTestApp();
    try {
      const s = await t.socket(await t.createUser('erin'));
      const events = recorder(s);
      const attemptId = (
        await call<Ack>(s, 'attempt:start', {
          scenarioId: 'en-double-charge',
          mode: 'exam',
          seed: 2,
        })
      ).attempt!.id;
      const ack = await call<Ack>(s, 'agent:message', {
        attemptId,
        text: "I'm sorry about the double charge; let me look at your account right away.",
        clientId: 'e1',
      });
      expect(ack).toMatchObject({ ok: true, message: { text: expect.stringMatching(/sorry/) } });
      expect(ack.scores).toBeUndefined(); // exam mode shows no scores while playing
      await settle();
      await t.clock.advance(10_000);
      expect(events.filter((e) => e.event === 'customer:message')).toHaveLength(1);
      // The next reply and the resume see the answer in order, and the stored record is settled.
      const resumed = await call<Ack>(s, 'attempt:resume', { attemptId });
      expect(resumed.attempt!.messages.map((m) => m.role)).toEqual([
        'customer',
        'agent',
        'customer',
      ]);
      await t.app.close();
      const store = await LowdbStore.open({ dataDir: t.dataDir });
      expect((await store.getAttempt(attemptId))!.unanswered).toBeUndefined();
      await store.close();
    } finally {
      await t.close().catch(() => undefined);
    }
  });

  test('a crash between the ack and the answer: the restarted server answers the stored reply', async () => {
    const clock = new FakeClock();
    const first = await startTestApp({ clock });
    const cookie = await first.createUser('ezra');
    const s = await first.socket(cookie);
    const started = await call<Ack>(s, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'exam',
      seed: 2,
    });
    const attemptId = started.attempt!.id;
    await first.close();
    // What the disk holds when the process dies right after acknowledging a reply.
    const store = await LowdbStore.open({ dataDir: first.dataDir, now: () => clock.now() });
    const record = (await store.getAttempt(attemptId))!;
    record.messages.push({
      id: 'm-crash',
      seq: record.messages.length + 1,
      role: 'agent',
      text: "I'm sorry about the double charge; let me look at your account right away.",
      at: clock.now(),
      kind: 'text',
      clientId: 'e1',
      step: record.state.step,
      mood: record.state.mood,
    });
    record.unanswered = true;
    await store.putAttempt(record);
    await store.close();

    const second = await startTestApp({ clock, dataDir: first.dataDir });
    try {
      await settle();
      await clock.advance(10_000);
      const s2 = await second.socket(cookie);
      const resumed = await call<Ack>(s2, 'attempt:resume', { attemptId });
      expect(resumed.attempt!.messages.map((m) => m.role)).toEqual([
        'customer',
        'agent',
        'customer',
      ]);
      // The retried send of the same reply is recognised, not stored twice.
      const retry = await call<Ack>(s2, 'agent:message', {
        attemptId,
        text: "I'm sorry about the double charge; let me look at your account right away.",
        clientId: 'e1',
      });
      expect(retry).toMatchObject({ ok: true, message: { id: 'm-crash' } });
    } finally {
      await second.close();
    }
  });
});
