/**
 * Closing an attempt scores its whole transcript. The replies were already read by the scorer when
 * the engine answered them; the close hands those readings on instead of reading every reply
 * again, and the result must be exactly what scoring the transcript from scratch gives.
 */
import type { AttemptService } from '../../../server/app/attempts';
import { inlineRunner, type EngineRunner } from '../../../server/app/engine-runner';
import { ScenarioLibrary } from '../../../server/app/library';
import { parseSpecialReply } from '../../../server/engine/lines';
import { scorer } from '../../../server/scoring';
import type { TranscriptInput } from '../../../server/scoring/types';
import { MemoryStore } from '../../../server/store/memory-store';
import { FakeClock, settle } from '../../helpers/fake-clock';
import { attemptService, bundledLibrary, trainee } from '../../helpers/attempt-service';

let library: ScenarioLibrary;
beforeAll(async () => {
  library = await bundledLibrary();
});

/** The inline engine, keeping every transcript it is asked to score. */
function recordingEngine() {
  const inner = inlineRunner(scorer);
  const transcripts: TranscriptInput[] = [];
  const engine: EngineRunner = {
    ...inner,
    scoreTranscript: async (input) => {
      transcripts.push(input);
      return inner.scoreTranscript(input);
    },
  };
  return { engine, transcripts };
}

function build(store: MemoryStore, engine: EngineRunner, clock = new FakeClock()) {
  return { service: attemptService(library, store, { clock, engine }), clock };
}

/** Plays a scenario test's agent lines through the service: replies, actions and silences. */
async function playTest(
  service: AttemptService,
  clock: FakeClock,
  store: MemoryStore,
  scenarioId: string,
  agent: readonly string[],
  mode: 'exam' | 'coach',
) {
  const a = await service.start(trainee, { scenarioId, mode, seed: 3 });
  for (const [k, line] of agent.entries()) {
    const special = parseSpecialReply(line);
    if (special?.kind === 'silence') {
      const due = (await store.getAttempt(a.id))!.silenceDueAt;
      if (due) await clock.advance(due - clock.now());
    } else if (special?.kind === 'action')
      await service.action(trainee, { attemptId: a.id, action: special.action, clientId: `c${k}` });
    else await service.reply(trainee, { attemptId: a.id, text: line, clientId: `c${k}` });
    await settle();
  }
  return a.id;
}

/** Every test of every bundled scenario, as `[scenario id, test name, agent lines]`. */
function bundledTests(): Array<[string, string, readonly string[]]> {
  return library
    .list()
    .flatMap((s) =>
      (library.get(s.id)?.scenario?.tests ?? []).map(
        (t) => [s.id, t.name, t.agent] as [string, string, readonly string[]],
      ),
    );
}

describe('the close reuses what the scorer made of each reply', () => {
  test.each(['exam', 'coach'] as const)(
    '%s mode: for every test of every bundled scenario, the result equals scoring the transcript from scratch',
    async (mode) => {
      const tests = bundledTests();
      expect(tests.length).toBeGreaterThanOrEqual(20);
      let reused = 0;
      let replies = 0;
      let byMood = 0;
      for (const [scenarioId, name, agent] of tests) {
        const store = new MemoryStore();
        const { engine, transcripts } = recordingEngine();
        const { service, clock } = build(store, engine);
        const id = await playTest(service, clock, store, scenarioId, agent, mode);
        const result = await service.close(trainee, id);
        const input = transcripts.at(-1)!;
        input.turns.forEach((t, i) => {
          if (t.role !== 'agent' || parseSpecialReply(t.text) || !t.text.trim()) return;
          // After the ending the engine answers nothing and reads nothing: the close reads those.
          if (input.endedAt !== undefined && i >= input.endedAt) return;
          replies++;
          const known = input.replyScores?.[i];
          if (known) reused++;
          if (known?.upsetByMood) byMood++;
        });
        const { replyScores: _, ...fromScratch } = input;
        const again = scorer.scoreTranscript(fromScratch);
        expect({
          test: `${scenarioId}: ${name}`,
          scores: result.scores,
          findings: result.findings,
        }).toEqual({
          test: `${scenarioId}: ${name}`,
          scores: again.scores,
          findings: again.findings,
        });
      }
      // Every reply the engine read is handed on; some were read with an upset mood, which the
      // transcript reads again without it.
      expect(replies).toBeGreaterThan(100);
      expect(reused).toBe(replies);
      expect(byMood).toBeGreaterThan(0);
    },
    60_000,
  );

  test('after a restart the replies read before it are scored again, with the same result', async () => {
    const store = new MemoryStore();
    const first = recordingEngine();
    const before = build(store, first.engine);
    const entry = library.get('en-double-charge')!;
    const agent = entry.scenario!.tests![0]!.agent;
    const id = await playTest(
      before.service,
      before.clock,
      store,
      entry.id,
      agent.slice(0, 2),
      'exam',
    );
    // A new service on the same store: the server restarted.
    const second = recordingEngine();
    const after = build(store, second.engine, before.clock);
    await after.service.recover();
    await settle();
    for (const [k, line] of agent.slice(2).entries()) {
      if (parseSpecialReply(line)) continue;
      await after.service.reply(trainee, { attemptId: id, text: line, clientId: `r${k}` });
      await settle();
    }
    const result = await after.service.close(trainee, id);
    const input = second.transcripts.at(-1)!;
    const agentTurns = input.turns.flatMap((t, i) => (t.role === 'agent' ? [i] : []));
    // Only the replies answered after the restart (and before the ending) were kept in memory.
    expect(agentTurns.filter((i) => input.replyScores?.[i])).toEqual(
      agentTurns.slice(2).filter((i) => i < (input.endedAt ?? Infinity)),
    );
    expect(agentTurns.slice(2).filter((i) => i < (input.endedAt ?? Infinity)).length).toBe(2);
    const { replyScores: _, ...fromScratch } = input;
    const again = scorer.scoreTranscript(fromScratch);
    expect(result.scores).toEqual(again.scores);
    expect(result.findings).toEqual(again.findings);
  });
});
