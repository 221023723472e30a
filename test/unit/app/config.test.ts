/** `sparring serve` reads its settings from the environment and refuses bad values by name. */
import { configFromEnv } from '../../../server/main';

describe('configuration from the environment', () => {
  test('the readiness rule has its defaults and can be set', () => {
    expect(configFromEnv({}, '/x').readiness).toEqual({ exams: 3, score: 75, scenarios: 2 });
    expect(
      configFromEnv(
        { SPARRING_READY_EXAMS: '5', SPARRING_READY_SCORE: '80', SPARRING_READY_SCENARIOS: '3' },
        '/x',
      ).readiness,
    ).toEqual({ exams: 5, score: 80, scenarios: 3 });
  });

  test('the heap may grow 100% past its live data by default; 0 leaves it to V8', () => {
    expect(configFromEnv({}, '/x').heapGrowthPercent).toBe(100);
    expect(configFromEnv({ SPARRING_HEAP_GROWTH: '0' }, '/x').heapGrowthPercent).toBe(0);
    expect(configFromEnv({ SPARRING_HEAP_GROWTH: '250' }, '/x').heapGrowthPercent).toBe(250);
  });

  test('threads other than the server thread run lower by default; idle and normal can be chosen', () => {
    expect(configFromEnv({}, '/x').workerPriority).toBe('low');
    expect(configFromEnv({ SPARRING_WORKER_PRIORITY: 'idle' }, '/x').workerPriority).toBe('idle');
    expect(configFromEnv({ SPARRING_WORKER_PRIORITY: 'normal' }, '/x').workerPriority).toBe(
      'normal',
    );
  });

  test.each([
    [
      'SPARRING_WORKER_PRIORITY',
      'high',
      'SPARRING_WORKER_PRIORITY must be one of idle, low, normal, got "high"',
    ],
    [
      'SPARRING_HEAP_GROWTH',
      '401',
      'SPARRING_HEAP_GROWTH must be a whole number from 0 to 400, got "401"',
    ],
    [
      'SPARRING_HEAP_GROWTH',
      '50%',
      'SPARRING_HEAP_GROWTH must be a whole number from 0 to 400, got "50%"',
    ],
    [
      'SPARRING_READY_SCORE',
      '101',
      'SPARRING_READY_SCORE must be a whole number from 0 to 100, got "101"',
    ],
    [
      'SPARRING_READY_EXAMS',
      '0',
      'SPARRING_READY_EXAMS must be a whole number from 1 to 50, got "0"',
    ],
    [
      'SPARRING_READY_SCENARIOS',
      'two',
      'SPARRING_READY_SCENARIOS must be a whole number from 1 to 50, got "two"',
    ],
  ])('%s=%s is refused', (name, value, message) => {
    expect(() => configFromEnv({ [name]: value }, '/x')).toThrow(message);
  });
});
