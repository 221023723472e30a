import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_PATH, scenarioJsonSchemaText } from '../../../server/scenarios/json-schema';
import { ROOT } from '../../helpers/cli';

describe('JSON Schema for editors', () => {
  test('the committed schema is generated from the code (run `npm run schema` when this fails)', () => {
    expect(readFileSync(join(ROOT, JSON_SCHEMA_PATH), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  test('it is draft-07 with descriptions for hover help', () => {
    const schema = JSON.parse(scenarioJsonSchemaText());
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.properties.persona.properties.patience.description).toMatch(/silence/);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'id',
        'version',
        'title',
        'language',
        'persona',
        'start',
        'steps',
        'endings',
      ]),
    );
  });

  test('every bundled scenario starts with the schema modeline', () => {
    const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const first = readFileSync(join(ROOT, 'scenarios', f), 'utf8').split('\n')[0];
      expect(`${f}: ${first}`).toBe(
        `${f}: # yaml-language-server: $schema=../schema/scenario.schema.json`,
      );
    }
  });
});
