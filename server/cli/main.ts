/** `sparring` command line: one function per command, all taking their I/O as an argument. */
import { UsageError, writeLine, type CliIO, type ExitCode } from './io';
import { PLAY_USAGE, playCommand } from './play';
import { SCHEMA_USAGE, schemaCommand } from './schema';
import { EXPORT_USAGE, exportCommand } from './export';
import { RESCORE_USAGE, rescoreCommand } from './rescore';
import { SCORE_USAGE, scoreCommand } from './score';
import { SERVE_USAGE, serveCommand } from './serve';
import { TEST_USAGE, testCommand } from './test-scenarios';
import { VALIDATE_USAGE, validateCommand } from './validate';

type Command = (argv: readonly string[], io: CliIO) => Promise<ExitCode>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  validate: { run: validateCommand, usage: VALIDATE_USAGE },
  test: { run: testCommand, usage: TEST_USAGE },
  play: { run: playCommand, usage: PLAY_USAGE },
  score: { run: scoreCommand, usage: SCORE_USAGE },
  schema: { run: schemaCommand, usage: SCHEMA_USAGE },
  serve: { run: serveCommand, usage: SERVE_USAGE },
  export: { run: exportCommand, usage: EXPORT_USAGE },
  rescore: { run: rescoreCommand, usage: RESCORE_USAGE },
};

export function usage(): string {
  return ['usage:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    writeLine(name === undefined ? io.stderr : io.stdout, usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    writeLine(io.stderr, `sparring: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      writeLine(io.stderr, `sparring ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    throw error;
  }
}
