/**
 * The scenario editor keeps a trainer's unsaved work: a language switch keeps the text, leaving
 * by a link or by Back asks first (in the interface language), Preview says it shows the saved
 * version and Back brings the text back; saving an empty upload shows only the problem; and on
 * a 390 px phone in Russian nothing scrolls sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemClock } from '../../server/app/clock';
import { startTestApp, type TestApp } from '../helpers/app';
import { PROBE_SCENARIO } from '../helpers/probe-scenario';
import { describeBrowser, ensureClientBuilt, launch, loginAs } from './browser';

jest.setTimeout(120_000);

const ID = 'en-double-charge';
const EDIT = `#/library/edit/${ID}`;
/** How long to wait for a dialog that should be there (the failure is the missing dialog). */
const SHORT = { timeout: 5_000 };

const NEW_SCENARIO = PROBE_SCENARIO.replace('id: probe', 'id: e2e-draft')
  .replace('title: Probe', 'title: Saved in the browser')
  .replace('customer: Hi', 'customer: "Hi, my parcel is late."');

describeBrowser('the scenario editor keeps unsaved work', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureClientBuilt();
    t = await startTestApp({ clock: systemClock as never, delays: false });
    await t.createUser('tom', 'trainer', 'tom-password');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => context?.close());

  async function open(viewport = { width: 1280, height: 860 }): Promise<Page> {
    context = await browser.newContext({ viewport });
    page = await context.newPage();
    await loginAs(page, t.url, 'tom', 'tom-password');
    return page;
  }

  async function inRussian(): Promise<void> {
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.waitForFunction("document.documentElement.lang === 'ru'");
  }

  /** The library, then the scenario's Edit button, so Back has somewhere in the app to go. */
  async function editFromLibrary(): Promise<string> {
    await page.getByTestId('nav-library').click();
    await page
      .locator(
        `[data-testid="library-row"][data-scenario-id="${ID}"] [data-testid="edit-scenario"]`,
      )
      .click();
    return savedText();
  }

  /** The editor's text once it has loaded (the heading and the text come in together). */
  async function savedText(): Promise<string> {
    await page.locator('.editor-page .page-title').waitFor();
    return page.getByTestId('editor-source').inputValue();
  }

  async function edit(saved: string): Promise<string> {
    const draft = `${saved}# a note the trainer has not saved yet\n`;
    await page.getByTestId('editor-source').fill(draft);
    return draft;
  }

  const dialog = () => page.getByTestId('leave-dialog');
  const hash = () => new URL(page.url()).hash;

  test('a language switch keeps the text being edited', async () => {
    await open();
    await page.goto(`${t.url}/${EDIT}`);
    const draft = await edit(await savedText());
    await inRussian();
    await page.locator('.editor-page .page-title', { hasText: 'Редактирование' }).waitFor();
    expect(await page.getByTestId('editor-source').inputValue()).toBe(draft);
    expect(await page.getByTestId('editor-unsaved').innerText()).toContain('не сохранены');
  });

  test('a nav link, the back link and Back each ask first, in Russian; staying keeps the text', async () => {
    await open();
    await inRussian();
    const saved = await editFromLibrary();
    const draft = await edit(saved);

    const stay = async () => {
      await dialog().waitFor(SHORT);
      expect(await dialog().innerText()).toContain('Уйти без сохранения?');
      await page.getByTestId('leave-stay').click();
      await dialog().waitFor({ state: 'hidden' });
      expect(hash()).toBe(EDIT);
      expect(await page.getByTestId('editor-source').inputValue()).toBe(draft);
    };
    await page.getByTestId('scenarios-link').click();
    await stay();
    await page.locator('.editor-page .back-link').click();
    await stay();
    await page.goBack();
    await stay();

    // Leaving on purpose drops the changes: the editor opens on the saved text again.
    await page.getByTestId('nav-library').click();
    await dialog().waitFor(SHORT);
    await page.getByTestId('leave-go').click();
    await page.getByTestId('library-table').waitFor();
    await page
      .locator(
        `[data-testid="library-row"][data-scenario-id="${ID}"] [data-testid="edit-scenario"]`,
      )
      .click();
    expect(await savedText()).toBe(saved);
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-table').waitFor();
    expect(await dialog().isVisible()).toBe(false);
  });

  test('Preview of a changed text says it shows the saved version; Back brings the text back', async () => {
    await open();
    const draft = await edit(await editFromLibrary());
    await page.getByTestId('preview').click();
    await dialog().waitFor(SHORT);
    expect(await dialog().innerText()).toMatch(/saved version/);
    await page.getByTestId('leave-go').click();
    await page.getByTestId('preview-note').waitFor();
    await page.goBack();
    expect(await savedText()).toBe(draft);
  });

  test('Discard changes puts the saved text back, and then leaving asks nothing', async () => {
    await open();
    const saved = await editFromLibrary();
    await edit(saved);
    await page.getByTestId('editor-discard').click();
    await dialog().waitFor(SHORT);
    await page.getByTestId('leave-go').click();
    expect(await page.getByTestId('editor-source').inputValue()).toBe(saved);
    expect(await page.getByTestId('editor-unsaved').isVisible()).toBe(false);
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-table').waitFor();
    expect(await dialog().isVisible()).toBe(false);
  });

  test('a draft started before someone else saved comes back with a warning', async () => {
    await open();
    await page.goto(`${t.url}/${EDIT}`);
    const saved = await savedText();
    const draft = await edit(saved);
    // Another trainer saves a new version meanwhile.
    const cookie = await t.createUser(`other-${Date.now()}`, 'trainer');
    const put = await fetch(`${t.url}/api/scenarios/${ID}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        source: saved.replace(/^title: .*$/m, 'title: Saved by someone else'),
      }),
    });
    expect(put.status).toBe(200);
    await page.reload();
    await page.getByTestId('editor-stale-draft').waitFor(SHORT);
    expect(await page.getByTestId('editor-source').inputValue()).toBe(draft);
    // Put the library back as it was for the other tests.
    await fetch(`${t.url}/api/scenarios/${ID}/restore`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ version: 'bundled' }),
    });
  });

  test('once saved, the editor lets the trainer go without a question', async () => {
    await open();
    await page.goto(`${t.url}/#/library/new`);
    await page.getByTestId('editor-source').fill(NEW_SCENARIO);
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-saved').waitFor();
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-table').waitFor();
    expect(await dialog().isVisible()).toBe(false);
    await page.goto(`${t.url}/#/library/new`);
    await page.locator('.editor-page .page-title').waitFor();
    expect(await page.getByTestId('editor-source').inputValue()).toBe('');
  });

  test('saving an empty upload shows the problem and nothing that says all is well', async () => {
    await open();
    await page.goto(`${t.url}/#/library/new`);
    await page.getByTestId('editor-save').click();
    const panel = page.getByTestId('editor-diagnostics');
    await panel.getByRole('alert').waitFor();
    const text = await panel.innerText();
    expect(text).toContain('The source is empty.');
    expect(text).not.toContain('No problems found.');
  });

  test('on a 390 px phone in Russian, nothing in the editor scrolls sideways', async () => {
    await open({ width: 390, height: 844 });
    await inRussian();
    await page.goto(`${t.url}/${EDIT}`);
    const saved = await savedText();
    // Long Russian problems and the unsaved-changes note, the widest the page gets.
    await page
      .getByTestId('editor-source')
      .fill(
        saved.replace(/^title: .*$/m, 'titel: x\ntags: [a, b') + 'hint: Назовите срок: сегодня\n',
      );
    await page.getByTestId('diagnostic').first().waitFor();
    const wide = await page.evaluate<string[]>(`
      [...document.querySelectorAll('body *')]
        .filter((el) => !el.closest('.code') && !el.closest('.sr-only') && !el.closest('.nav'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1);
        })
        .map((el) => el.tagName + '.' + el.className + ' ' + (el.textContent || '').slice(0, 40))
    `);
    expect(wide).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
  });
});
