/** An attempt service over the bundled scenarios, for unit tests of the attempt use cases. */
import { join } from 'node:path';
import { AttemptService, type Notifier } from '../../server/app/attempts';
import type { EngineRunner } from '../../server/app/engine-runner';
import { ScenarioLibrary } from '../../server/app/library';
import { scorer } from '../../server/scoring';
import type { MemoryStore } from '../../server/store/memory-store';
import type { UserRecord } from '../../server/store/port';
import { ROOT } from './cli';
import { FakeClock } from './fake-clock';

export const trainee: UserRecord = {
  id: 'u1',
  username: 'tina',
  role: 'trainee',
  passwordHash: 'x',
  createdAt: '2026-01-01',
};

/** The bundled scenario library (load it once per file, in `beforeAll`). */
export function bundledLibrary(): Promise<ScenarioLibrary> {
  return ScenarioLibrary.load(join(ROOT, 'scenarios'), scorer);
}

/** A notifier that tells nothing. */
export const silentNotifier: Notifier = {
  typing: () => undefined,
  message: () => undefined,
  ended: () => undefined,
};

/** The service on `store`, with the default scorer, no log, and no typing delays unless asked. */
export function attemptService(
  library: ScenarioLibrary,
  store: MemoryStore,
  options: { clock?: FakeClock; notifier?: Notifier; delays?: boolean; engine?: EngineRunner } = {},
): AttemptService {
  return new AttemptService({
    store,
    library,
    scorer,
    clock: options.clock ?? new FakeClock(),
    notifier: options.notifier ?? silentNotifier,
    delays: options.delays ?? false,
    log: () => undefined,
    ...(options.engine ? { engine: options.engine } : {}),
  });
}
