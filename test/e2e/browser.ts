import { existsSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildClientIfNeeded } from '../../server/cli/serve';
import { ROOT } from '../helpers/cli';

export const CHROMIUM = '/usr/bin/chromium';

/** Browser tests need Debian's Chromium; CI installs it (.ci/run), so there it must be present. */
export const describeBrowser = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

export function ensureClientBuilt(): void {
  const io = {
    stdout: new PassThrough(),
    stderr: process.stderr,
    stdin: Readable.from([]),
    cwd: ROOT,
    env: process.env,
  };
  if (!buildClientIfNeeded(io)) throw new Error('building the browser UI failed');
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function loginAs(
  page: Page,
  url: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor();
  // Trainees start on the scenarios; staff on their own start page (see HOME in client/src/nav.ts).
  if (new URL(page.url()).hash === '#/') await page.getByTestId('scenario-card').first().waitFor();
}
