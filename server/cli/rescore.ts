import { AttemptService } from '../app/attempts';
import { systemClock } from '../app/clock';
import { ScenarioLibrary } from '../app/library';
import { configFromEnv } from '../main';
import { scorer } from '../scoring';
import { LowdbStore } from '../store/lowdb-store';
import { join } from 'node:path';
import { parseArgs, writeLine, type CliIO, type ExitCode } from './io';

export const RESCORE_USAGE =
  'sparring rescore            recompute stored attempts with the current scorer (stop the server first)';

export async function rescoreCommand(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  parseArgs(argv, {});
  const { dataDir, scenariosDir } = configFromEnv(io.env, io.cwd);
  const store = await LowdbStore.open({ dataDir, log: (m) => writeLine(io.stderr, m) });
  try {
    const library = await ScenarioLibrary.load(
      { bundled: scenariosDir, uploads: join(dataDir, 'scenarios') },
      scorer,
    );
    const noop = () => undefined;
    const attempts = new AttemptService({
      store,
      library,
      scorer,
      clock: systemClock,
      notifier: { typing: noop, message: noop, ended: noop },
      delays: false,
      log: (m) => writeLine(io.stderr, m),
    });
    let last = 0;
    const result = await attempts.rescoreAll((done, total) => {
      const pct = Math.floor((done / total) * 100);
      if (pct >= last + 10 || done === total) {
        last = pct;
        writeLine(io.stderr, `rescoring: ${done}/${total} (${pct}%)`);
      }
    });
    writeLine(
      io.stdout,
      `rescored ${result.rescored} closed attempt(s) with ${result.scorer}; ${result.skipped} skipped (scenario no longer in the library)`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
