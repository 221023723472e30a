/**
 * After a restart the attempt service re-arms every chat in play, but keeps in memory only those
 * with lines still to deliver: abandoned chats cost a timer each, and still get their silence.
 */
import type { Notifier } from '../../../server/app/attempts';
import { ScenarioLibrary } from '../../../server/app/library';
import { MemoryStore } from '../../../server/store/memory-store';
import { FakeClock, settle } from '../../helpers/fake-clock';
import { attemptService, bundledLibrary, trainee } from '../../helpers/attempt-service';

let library: ScenarioLibrary;
beforeAll(async () => {
  library = await bundledLibrary();
});

function service(store: MemoryStore, clock: FakeClock, delays: boolean) {
  const said: string[] = [];
  const notifier: Notifier = {
    typing: () => undefined,
    message: (id) => said.push(id),
    ended: () => undefined,
  };
  const s = attemptService(library, store, { clock, notifier, delays });
  // What the service holds in memory (white box: there is no other way to see it).
  const held = () => (s as unknown as { live: Map<string, unknown> }).live.size;
  return { service: s, said, held };
}

test('a restart keeps in memory only chats with lines on their way; the others still get their silence', async () => {
  const store = new MemoryStore();
  const clock = new FakeClock();
  const before = service(store, clock, false);
  const waiting: string[] = [];
  for (let i = 0; i < 20; i++) {
    const a = await before.service.start(trainee, {
      scenarioId: 'en-double-charge',
      mode: 'exam',
      seed: i,
    });
    waiting.push(a.id);
  }
  before.service.shutdown();
  // One more chat whose opening line is still being typed when the server stops.
  const typing = service(store, clock, true);
  const late = await typing.service.start(trainee, {
    scenarioId: 'en-double-charge',
    mode: 'exam',
    seed: 99,
  });
  typing.service.shutdown(); // the server stops: its timers go with it

  const after = service(store, clock, false);
  expect(await after.service.recover()).toBe(21);
  expect(after.held()).toBe(1);
  const lineAt = Math.max(...(await store.getAttempt(late.id))!.messages.map((m) => m.at));
  expect(lineAt).toBeGreaterThan(clock.now());
  await clock.advance(lineAt - clock.now());
  await settle();
  expect(after.said).toContain(late.id);
  // Every abandoned chat's silence still fires: the customer speaks again in each.
  const due = Math.max(
    ...(await Promise.all(waiting.map(async (id) => (await store.getAttempt(id))!.silenceDueAt!))),
  );
  await clock.advance(due - clock.now() + 1);
  await settle(100);
  for (const id of waiting) expect(after.said).toContain(id);
});
