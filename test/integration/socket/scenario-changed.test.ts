/**
 * A trainer saving a new version of a scenario does not break a chat in progress: the chat keeps
 * the version it started with, in memory and after a restart (it is found among the kept versions
 * or the bundled file). Only when that version is no longer kept anywhere does a chat whose step is
 * gone get a clear error, not a crash.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROBE_SCENARIO } from '../../helpers/probe-scenario';
import { call, startTestApp, type TestApp } from '../../helpers/app';

const ID = 'en-double-charge';
// A valid version of the same scenario with none of its steps.
const REPLACEMENT = PROBE_SCENARIO.replace('id: probe', `id: ${ID}`)
  .replace('start: hello', 'start: brand_new_step')
  .replace('  hello:', '  brand_new_step:');

describe('a scenario changed while a trainee plays it', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  test('the chat goes on with its version, after a restart too', async () => {
    t = await startTestApp();
    const trainee = await t.createUser('tina', 'trainee', 'tina-password');
    const trainer = await t.createUser('tara', 'trainer');
    const s = await t.socket(trainee);
    const { attempt } = await call<{ attempt: { id: string } }>(s, 'attempt:start', {
      scenarioId: ID,
      mode: 'exam',
      seed: 1,
    });
    expect(
      await call(s, 'agent:message', { attemptId: attempt.id, text: 'Hello, let me check.' }),
    ).toMatchObject({ ok: true });
    const put = await fetch(`${t.url}/api/scenarios/${ID}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: trainer },
      body: JSON.stringify({ source: REPLACEMENT }),
    });
    expect(put.status).toBe(200);
    // The chat shows the version it plays, not the new one (title, brief, actions).
    const resumed = await call<{ attempt: { scenario: { title: string } } }>(s, 'attempt:resume', {
      attemptId: attempt.id,
    });
    expect(resumed.attempt.scenario.title).toBe('Charged twice for the same headphones');
    // Still the version it started with: no error, the customer answers.
    expect(
      await call(s, 'agent:message', {
        attemptId: attempt.id,
        text: "I'm sorry, I can see both charges.",
      }),
    ).toMatchObject({ ok: true });
    s.disconnect();
    const dataDir = t.dataDir;
    await t.close();

    t = await startTestApp({ dataDir });
    const again = await t.socket(await t.login('tina', 'tina-password'));
    // The bundled file is the version it started with: the chat goes on.
    expect(
      await call(again, 'agent:message', {
        attemptId: attempt.id,
        text: "I've refunded the duplicate charge.",
      }),
    ).toMatchObject({ ok: true });
    again.disconnect();
  });

  test('when its version is kept nowhere any more, it says what happened', async () => {
    await t?.close();
    t = await startTestApp();
    const trainee = await t.createUser('tina', 'trainee', 'tina-password');
    const trainer = await t.createUser('tara', 'trainer');
    const put = (source: string) =>
      fetch(`${t.url}/api/scenarios/${ID}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie: trainer },
        body: JSON.stringify({ source }),
      });
    // An uploaded version (the bundled one with another title), played, then replaced.
    const bundled = readFileSync(join(__dirname, '../../../scenarios', `${ID}.yaml`), 'utf8');
    expect((await put(bundled.replace(/^title: .*$/m, 'title: "Charged twice (v2)"'))).status).toBe(
      200,
    );
    const s = await t.socket(trainee);
    const { attempt } = await call<{ attempt: { id: string } }>(s, 'attempt:start', {
      scenarioId: ID,
      mode: 'exam',
      seed: 1,
    });
    expect((await put(REPLACEMENT)).status).toBe(200);
    s.disconnect();
    const dataDir = t.dataDir;
    await t.close();
    // Its kept copy is gone (pruned, or removed by hand).
    rmSync(join(dataDir, 'scenarios', '.history', ID), { recursive: true, force: true });
    t = await startTestApp({ dataDir });
    const again = await t.socket(await t.login('tina', 'tina-password'));
    const answer = await call<{ ok: boolean; error?: { code: string; message: string } }>(
      again,
      'agent:message',
      { attemptId: attempt.id, text: "I've refunded the duplicate charge." },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'scenario_invalid' } });
    expect(answer.error!.message).toMatch(
      /was changed while this chat was open.*close this chat and start again/,
    );
    again.disconnect();
  });
});
