import { PassThrough, Readable } from 'node:stream';
import { resolve } from 'node:path';
import { main } from '../../server/cli/main';

export const ROOT = resolve(__dirname, '../..');

/** Runs the CLI in-process with captured output. */
export async function runCli(
  argv: string[],
  stdin = '',
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: Readable.from([stdin]),
    cwd: ROOT,
    env,
  });
  return { code, stdout: out, stderr: err };
}
