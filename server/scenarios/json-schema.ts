/** The JSON Schema (draft-07, for the YAML language server) generated from the zod schema. */
import { z } from 'zod';
import { Scenario } from './schema';

export const JSON_SCHEMA_PATH = 'schema/scenario.schema.json';

export function scenarioJsonSchema(): object {
  const schema = z.toJSONSchema(Scenario, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    $id: 'https://sparring.local/schema/scenario.schema.json',
    title: 'Sparring scenario (format v1)',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
