import { call, recorder, startTestApp } from '../../helpers/app';
import { FakeClock } from '../../helpers/fake-clock';

import { readFileSync } from 'node:fs';
import { parseScenario } from '../../../server/scenarios/load';

const patienceMs =
  parseScenario(readFileSync('scenarios/en-login-after-update.yaml', 'utf8'), 'x').scenario!.persona
    .patience! * 1000;

type Ack = {
  ok: boolean;
  attempt?: { id: string; messages: Array<{ role: string; text: string }> };
};

describe('silence timers survive reconnects and restarts', () => {
  test('a reconnected trainee hears the silence line; after a restart the timer is re-armed', async () => {
    const clock = new FakeClock();
    const first = await startTestApp({ clock });
    const cookie = await first.createUser('sam');
    let s = await first.socket(cookie);
    const attemptId = (
      await call<Ack>(s, 'attempt:start', {
        scenarioId: 'en-login-after-update',
        mode: 'coach',
        seed: 4,
      })
    ).attempt!.id;
    s.disconnect();
    // The trainee is away past the customer's patience: the server's clock keeps running.
    await clock.advance(patienceMs + 1000);
    s = await first.socket(cookie);
    const resumed = await call<Ack>(s, 'attempt:resume', { attemptId });
    const before = resumed.attempt!.messages.length;
    expect(before).toBeGreaterThan(1); // the customer spoke up while they were gone

    // Restart on the same data folder: the pending silence deadline is re-armed from the store.
    await first.close();
    const second = await startTestApp({ clock, dataDir: first.dataDir });
    try {
      const s2 = await second.socket(cookie);
      const events = recorder(s2);
      await call<Ack>(s2, 'attempt:resume', { attemptId });
      await clock.advance(patienceMs + 1000);
      const again = await call<Ack>(s2, 'attempt:resume', { attemptId });
      expect(again.attempt!.messages.length).toBeGreaterThan(before);
      expect(events.some((e) => e.event === 'customer:message')).toBe(true);
    } finally {
      await second.close();
    }
  });
});
