import { parseScenario } from '../../../server/scenarios/load';
import { runScenarioTests } from '../../../server/app/scenario-tests';

/** The format restricts only `id`: step, ending, intent and action names may be in Russian. */
const source = (step: string, ending: string, intent: string, action: string) => `id: ru-names
version: 1
title: Имена шагов по-русски
language: ru
persona: {name: Ольга}
intents:
  ${JSON.stringify(intent)}: [скидку, скидка]
actions:
  ${JSON.stringify(action)}: Позвать старшего
start: ${JSON.stringify(step)}
steps:
  ${JSON.stringify(step)}:
    customer: Мне обещали скидку.
    replies:
      - if: {intent: ${JSON.stringify(intent)}}
        end: ${JSON.stringify(ending)}
      - if: {action: ${JSON.stringify(action)}}
        end: ${JSON.stringify(ending)}
endings:
  ${JSON.stringify(ending)}: {outcome: success}
tests:
  - name: про скидку
    agent: [Да, скидка будет оформлена сегодня.]
    expect: {ending: ${JSON.stringify(ending)}}
`;

describe('scenario names', () => {
  test('names in Cyrillic, with inner spaces, dots and hyphens validate and play', () => {
    const parsed = parseScenario(
      source('начало', 'всё хорошо', 'скидка', 'позвать старшего'),
      'ru-names.yaml',
    );
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const report = runScenarioTests(parsed.scenario!);
    expect(report.results.map((r) => r.problem ?? 'passed')).toEqual(['passed']);
  });

  test.each([' leading', 'trailing ', 'a/b', 'tab\there', 'line\nbreak', ''])(
    'a name like %j is refused with a clear error',
    (bad) => {
      const parsed = parseScenario(source(bad, 'ok', 'скидка', 'call'), 'bad.yaml');
      const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
    },
  );
});
