import { MemoryStore } from '../../../server/store/memory-store';
import { call, startTestApp } from '../../helpers/app';
import { settle } from '../../helpers/fake-clock';

type Ack = {
  ok: boolean;
  attempt?: { id: string; messages: Array<{ role: string; text: string }> };
};

describe('attempts abandoned without a close leave memory, and come back from the store', () => {
  test('an attempt untouched for over 30 minutes is read back from the store when next used; a fresh one is not', async () => {
    const store = new MemoryStore();
    const reads: string[] = [];
    const getAttempt = store.getAttempt.bind(store);
    store.getAttempt = (id: string) => {
      reads.push(id);
      return getAttempt(id);
    };
    const t = await startTestApp({ store });
    try {
      const s = await t.socket(await t.createUser('ida'));
      const start = async () =>
        (
          await call<Ack>(s, 'attempt:start', {
            scenarioId: 'en-double-charge',
            mode: 'exam',
            seed: 3,
          })
        ).attempt!.id;
      const abandoned = await start();
      await call(s, 'agent:message', {
        attemptId: abandoned,
        text: 'I am sorry about the double charge; let me check your payment now.',
      });
      await settle();
      const before = (await call<Ack>(s, 'attempt:resume', { attemptId: abandoned })).attempt!;
      expect(reads).toEqual([]); // still in memory

      await t.clock.advance(45 * 60_000); // the trainee walked away (silence timers run meanwhile)
      const fresh = await start(); // a start sweeps idle attempts out of memory
      await call<Ack>(s, 'attempt:resume', { attemptId: fresh });
      expect(reads).toEqual([]); // the new one stays in memory

      const back = (await call<Ack>(s, 'attempt:resume', { attemptId: abandoned })).attempt!;
      expect(reads).toEqual([abandoned]); // read back from the store, once
      expect(back.messages.slice(0, before.messages.length)).toEqual(before.messages);
      await call<Ack>(s, 'attempt:resume', { attemptId: abandoned });
      expect(reads).toEqual([abandoned]); // and kept again while in use
    } finally {
      await t.close();
    }
  });
});
