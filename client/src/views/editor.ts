/**
 * Upload or edit a scenario's YAML: a monospace editor with line numbers, live checking through
 * /api/scenarios/check (debounced) and the diagnostics beside the source, each one moving the
 * caret to its line and column. Saving shows the server's 422 diagnostics in the same place, or
 * the scenario's test results. Unsaved text is kept per scenario (scenario-drafts.ts) and leaving
 * with it asks first (leave-guard.ts).
 */
import type { View } from '../main';
import { api, ApiError } from '../api';
import { diagnosticText } from '../diagnostic-text';
import { h, replace } from '../dom';
import { t, tn } from '../i18n';
import { askUser, guardLeave, type Question } from '../leave-guard';
import { fingerprint, scenarioDrafts } from '../scenario-drafts';
import { currentUser } from '../session';
import { normaliseTests, type Diagnostic, type LibraryItem, type TestSummary } from '../staff';
import { announce, describeError, errorBox, loading, toast } from '../ui';

/** Same as MAX_SCENARIO_BYTES in server/scenarios/load.ts. */
const MAX_BYTES = 256 * 1024;
/** Must match .code line-height in styles.css. */
const LINE_PX = 20;
const PAD_PX = 10;
const CHECK_DELAY_MS = 500;

/** The offset in `text` of 1-based `line` and `col` (clamped to the text). */
export function offsetOf(text: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(offset + Math.max(0, col - 1), lineEnd);
}

/** 1-based line and column of an offset. */
function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

export function editorView(scenarioId: string | null): View {
  let destroyed = false;
  let id = scenarioId;
  let filename = id ? `${id}.yaml` : 'upload.yaml';
  let diagnostics: Diagnostic[] = [];
  let savedSource = '';
  let checkTimer = 0;
  let checkSeq = 0;
  let lineCount = 0;
  let escaped = false;
  let title = id ? t('editor.editTitle', { title: id }) : t('editor.newTitle');
  const username = currentUser()?.username ?? '';

  const el = h('section', { class: 'page page--wide editor-page' }, loading());

  // --- the code editor ---------------------------------------------------------------------
  const gutterLines = h('div', { class: 'code__lines' });
  const gutter = h('div', { class: 'code__gutter', 'aria-hidden': 'true' }, gutterLines);
  const marks = h('div', { class: 'code__marks', 'aria-hidden': 'true' });
  const textarea = h('textarea', {
    id: 'editor-source',
    class: 'code__input',
    wrap: 'off',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    'data-testid': 'editor-source',
    'aria-describedby': 'editor-help editor-status',
  });
  const code = h(
    'div',
    { class: 'code' },
    gutter,
    h('div', { class: 'code__area' }, marks, textarea),
  );
  const caretPos = h('span', { class: 'code__pos', 'aria-hidden': 'true' });
  const checkStatus = h('span', {
    id: 'editor-status',
    class: 'editor-status',
    role: 'status',
    'data-testid': 'editor-status',
  });

  // --- beside the source ---------------------------------------------------------------------
  const saveStatus = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const diagList = h('ol', { class: 'diags' });
  const diagPanel = h(
    'section',
    {
      class: 'card diag-card',
      'data-testid': 'editor-diagnostics',
      'aria-labelledby': 'diag-h',
    },
    h('h2', { class: 'card__title', id: 'diag-h' }, t('editor.problems')),
    saveStatus,
    diagList,
  );
  const testsBox = h('div', { 'data-testid': 'editor-tests' });
  const testsPanel = h(
    'section',
    { class: 'card tests-card', 'aria-labelledby': 'tests-h', hidden: true },
    h('h2', { class: 'card__title', id: 'tests-h' }, t('editor.tests')),
    testsBox,
  );

  const saveBtn = h(
    'button',
    { type: 'button', class: 'btn btn--primary', 'data-testid': 'editor-save' },
    t('editor.save'),
  );
  const previewLink = h(
    'a',
    { class: 'btn', 'data-testid': 'preview', hidden: true },
    t('library.preview'),
  );
  const fileName = h('span', { class: 'file-name muted' });
  const discardBtn = h(
    'button',
    { type: 'button', class: 'btn btn--small btn--ghost', 'data-testid': 'editor-discard' },
    t('editor.discard'),
  );
  const staleNote = h(
    'p',
    {
      class: 'alert alert--warn',
      role: 'status',
      'data-testid': 'editor-stale-draft',
      hidden: true,
    },
    t('editor.staleDraft'),
  );
  const unsavedNote = h(
    'span',
    { class: 'editor-unsaved', 'data-testid': 'editor-unsaved', hidden: true },
    h('span', { class: 'editor-unsaved__text' }, t('editor.unsaved')),
    discardBtn,
  );
  const fileInput = h('input', {
    type: 'file',
    id: 'editor-file',
    class: 'file-input',
    accept: '.yaml,.yml,application/yaml,text/yaml,text/plain',
    'data-testid': 'editor-file',
  });

  // --- gutter, marks and caret ---------------------------------------------------------------
  function renderGutter(): void {
    const lines = textarea.value.split('\n').length;
    const severity = new Map<number, Diagnostic['severity']>();
    for (const d of diagnostics)
      if (severity.get(d.line) !== 'error') severity.set(d.line, d.severity);
    if (lines !== lineCount || gutterLines.childElementCount !== lines) {
      lineCount = lines;
      const frag = document.createDocumentFragment();
      for (let i = 1; i <= lines; i++) frag.append(h('div', { class: 'code__ln' }, String(i)));
      replace(gutterLines, frag);
    }
    gutterLines.querySelectorAll('.code__ln').forEach((ln, i) => {
      const sev = severity.get(i + 1);
      ln.className = sev ? `code__ln code__ln--${sev}` : 'code__ln';
    });
    replace(
      marks,
      [...severity.entries()].map(([line, sev]) =>
        h('div', {
          class: `code__mark code__mark--${sev}`,
          style: { top: `${PAD_PX + (line - 1) * LINE_PX}px` },
        }),
      ),
    );
    syncScroll();
  }

  function syncScroll(): void {
    const y = `translateY(${-textarea.scrollTop}px)`;
    gutterLines.style.transform = y;
    marks.style.transform = y;
  }

  function updateCaret(): void {
    const { line, col } = positionOf(textarea.value, textarea.selectionStart);
    caretPos.textContent = t('editor.position', { line, col });
  }

  /** Put the caret at a diagnostic's line and column and bring it into view. */
  function goTo(line: number, col: number): void {
    const offset = offsetOf(textarea.value, line, col);
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(offset, offset);
    const top = (line - 1) * LINE_PX;
    if (top < textarea.scrollTop || top > textarea.scrollTop + textarea.clientHeight - 3 * LINE_PX)
      textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
    textarea.scrollLeft = 0;
    syncScroll();
    updateCaret();
    const ln = gutterLines.children[line - 1];
    ln?.classList.remove('code__ln--flash');
    void (ln as HTMLElement | undefined)?.offsetWidth;
    ln?.classList.add('code__ln--flash');
  }

  // --- diagnostics and tests -----------------------------------------------------------------
  /** `checked` false: the text was not checked (empty, say), so "no problems" would say too much. */
  function renderDiagnostics(list: Diagnostic[], note?: HTMLElement, checked = true): void {
    diagnostics = [...list].sort((a, b) => a.line - b.line || a.col - b.col);
    renderGutter();
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    replace(saveStatus, note ?? null);
    replace(
      diagList,
      diagnostics.length
        ? diagnostics.map((d) =>
            h(
              'li',
              null,
              h(
                'button',
                {
                  type: 'button',
                  class: `diag diag--${d.severity}`,
                  'data-testid': 'diagnostic',
                  'data-line': String(d.line),
                  'data-col': String(d.col),
                  'data-severity': d.severity,
                  title: t('editor.goTo', { line: d.line, col: d.col }),
                  onclick: () => goTo(d.line, d.col),
                },
                h('span', { class: 'diag__pos' }, `${d.line}:${d.col}`),
                ' ',
                h(
                  'span',
                  { class: `diag__sev diag__sev--${d.severity}` },
                  t(d.severity === 'error' ? 'editor.error' : 'editor.warning'),
                ),
                ' ',
                h('span', { class: 'diag__msg' }, diagnosticText(d)),
              ),
            ),
          )
        : checked
          ? h('li', { class: 'diags__none' }, t('editor.noProblems'))
          : null,
    );
    diagPanel.dataset.errors = String(errors);
    diagPanel.dataset.warnings = String(warnings);
  }

  function setCheckStatus(kind: 'idle' | 'checking' | 'done' | 'failed', text: string): void {
    checkStatus.className = `editor-status editor-status--${kind}`;
    checkStatus.textContent = text;
  }

  function summary(list: Diagnostic[]): string {
    const errors = list.filter((d) => d.severity === 'error').length;
    const warnings = list.length - errors;
    if (!errors && !warnings) return t('editor.statusValid');
    return t('editor.statusCounts', {
      errors: tn('library.errors', errors),
      warnings: tn('library.warnings', warnings),
    });
  }

  function renderTests(tests: TestSummary | null, heading?: string): void {
    testsPanel.hidden = !tests;
    if (!tests) return;
    const total = tests.passed + tests.failed;
    replace(
      testsBox,
      heading ? h('p', { class: 'muted tests-note' }, heading) : null,
      h(
        'p',
        {
          class: `tests-result tests-result--${tests.failed ? 'failed' : 'passed'}`,
          'data-testid': 'tests-result',
        },
        total ? t('library.testsPassed', { n: tests.passed, total }) : t('library.noTests'),
      ),
      tests.failures.length
        ? h(
            'ul',
            { class: 'tests-failures' },
            tests.failures.map((f) => h('li', null, f)),
          )
        : null,
    );
  }

  // --- checking ------------------------------------------------------------------------------
  function scheduleCheck(): void {
    window.clearTimeout(checkTimer);
    setCheckStatus('checking', t('editor.checking'));
    checkTimer = window.setTimeout(() => void check(), CHECK_DELAY_MS);
  }

  async function check(): Promise<void> {
    const seq = ++checkSeq;
    const source = textarea.value;
    if (!source.trim()) {
      renderDiagnostics([], undefined, false);
      setCheckStatus('idle', t('editor.empty'));
      return;
    }
    if (byteLength(source) > MAX_BYTES) {
      setCheckStatus('failed', t('editor.tooBig', { kb: MAX_BYTES / 1024 }));
      return;
    }
    try {
      const res = await api.post<{ valid: boolean; diagnostics: Diagnostic[]; tests: unknown }>(
        '/api/scenarios/check',
        { source, filename, ...(id ? { replacing: id } : {}) },
      );
      if (destroyed || seq !== checkSeq) return;
      renderDiagnostics(res.diagnostics ?? []);
      renderTests(normaliseTests(res.tests), t('editor.testsLive'));
      setCheckStatus(res.valid ? 'done' : 'failed', summary(res.diagnostics ?? []));
    } catch (err) {
      if (destroyed || seq !== checkSeq) return;
      setCheckStatus('failed', t('editor.checkFailed', { error: describeError(err) }));
    }
  }

  // --- saving --------------------------------------------------------------------------------
  async function save(): Promise<void> {
    window.clearTimeout(checkTimer);
    checkSeq++;
    const source = textarea.value;
    if (!source.trim()) {
      renderDiagnostics(
        [],
        h('p', { class: 'alert alert--error', role: 'alert' }, t('editor.empty')),
        false,
      );
      setCheckStatus('idle', t('editor.empty'));
      textarea.focus();
      return;
    }
    saveBtn.disabled = true;
    saveBtn.textContent = t('editor.saving');
    try {
      const res = id
        ? await api.put<{ scenario: LibraryItem; diagnostics: Diagnostic[]; tests: unknown }>(
            `/api/scenarios/${encodeURIComponent(id)}`,
            { source },
          )
        : await api.post<{ scenario: LibraryItem; diagnostics: Diagnostic[]; tests: unknown }>(
            '/api/scenarios',
            { source, filename },
          );
      if (destroyed) return;
      savedSource = source;
      const wasNew = !id;
      if (wasNew) scenarioDrafts.clear(username, null);
      id = res.scenario.id;
      filename = `${id}.yaml`;
      keepDraft(); // what was typed while saving is still unsaved
      const message = t('editor.saved', { title: res.scenario.title });
      renderDiagnostics(
        res.diagnostics ?? [],
        h(
          'p',
          { class: 'alert alert--success', role: 'status', 'data-testid': 'editor-saved' },
          message,
        ),
      );
      setCheckStatus('done', summary(res.diagnostics ?? []));
      renderTests(
        normaliseTests(res.tests) ?? normaliseTests(res.scenario.tests),
        t('editor.testsSaved'),
      );
      toast(message);
      setHeading(res.scenario.title);
      showPreview();
      if (wasNew) history.replaceState(null, '', `#/library/edit/${encodeURIComponent(id)}`);
    } catch (err) {
      if (destroyed) return;
      const list =
        err instanceof ApiError ? (err.body?.diagnostics as Diagnostic[] | undefined) : undefined;
      if (Array.isArray(list)) {
        const errors = list.filter((d) => d.severity === 'error').length;
        renderDiagnostics(
          list,
          h(
            'p',
            { class: 'alert alert--error', role: 'alert', 'data-testid': 'editor-save-error' },
            tn('editor.notSaved', errors),
          ),
        );
        setCheckStatus('failed', summary(list));
        const first = diagnostics.find((d) => d.severity === 'error');
        if (first) announce(`${first.line}:${first.col} ${diagnosticText(first)}`);
      } else {
        replace(
          saveStatus,
          h(
            'p',
            { class: 'alert alert--error', role: 'alert', 'data-testid': 'editor-save-error' },
            describeError(err),
          ),
        );
      }
    } finally {
      saveBtn.disabled = false;
      saveBtn.textContent = t('editor.save');
    }
  }

  // --- unsaved text ----------------------------------------------------------------------------
  const dirty = () => textarea.value !== savedSource;

  /** Keep the text for later while it differs from the saved one; say so beside Save. */
  function keepDraft(): void {
    if (dirty())
      scenarioDrafts.set(username, id, {
        source: textarea.value,
        base: fingerprint(savedSource),
        ...(!id && fileName.textContent ? { filename: fileName.textContent } : {}),
      });
    else scenarioDrafts.clear(username, id);
    unsavedNote.hidden = !dirty();
    if (!dirty()) staleNote.hidden = true;
  }

  /** The text kept from before (a language switch, a preview, a reload) over the saved one. */
  function restoreDraft(): void {
    const draft = scenarioDrafts.get(username, id);
    // Started from a saved text that has changed since (a save or a restore, perhaps by someone
    // else): the draft comes back, with a word that it may undo those changes.
    staleNote.hidden = !(
      draft &&
      draft.source !== savedSource &&
      draft.base !== undefined &&
      draft.base !== fingerprint(savedSource)
    );
    if (draft && draft.source !== savedSource) {
      textarea.value = draft.source;
      if (!id && draft.filename) filename = fileName.textContent = draft.filename;
      renderGutter();
      updateCaret();
      setCheckStatus('checking', t('editor.checking'));
      void check();
    }
    keepDraft();
  }

  async function discard(): Promise<void> {
    const sure = await askUser({
      title: t('editor.discardTitle'),
      text: t(id ? 'editor.discardText' : 'editor.discardTextNew'),
      go: t('editor.discard'),
      stay: t('editor.keepChanges'),
      loses: true,
    });
    if (!sure || destroyed) return;
    textarea.value = savedSource;
    if (!id) {
      filename = 'upload.yaml';
      fileName.textContent = '';
    }
    keepDraft();
    renderGutter();
    updateCaret();
    window.clearTimeout(checkTimer);
    if (savedSource.trim()) {
      setCheckStatus('checking', t('editor.checking'));
      void check();
    } else {
      checkSeq++;
      renderDiagnostics([], undefined, false);
      renderTests(null);
      setCheckStatus('idle', t('editor.notChecked'));
    }
    textarea.focus();
  }

  const previewHref = () => (id ? `#/scenario/${encodeURIComponent(id)}?preview=1` : null);
  const leaveQuestion = (): Question => ({
    title: t('editor.leaveTitle'),
    text: t('editor.leaveText'),
    go: t('editor.leave'),
    stay: t('editor.stay'),
    loses: true,
  });
  const previewQuestion = (): Question => ({
    title: t('editor.previewTitle'),
    text: t('editor.previewText'),
    go: t('editor.previewOpen'),
    stay: t('editor.stay'),
    loses: false,
  });
  const unguard = guardLeave({
    ask: (target) =>
      !dirty() ? null : target === previewHref() ? previewQuestion() : leaveQuestion(),
    // The preview shows the saved version and Back returns here: the text is kept for that.
    leaving: (target) => {
      if (target !== previewHref()) scenarioDrafts.clear(username, id);
    },
  });

  // --- wiring --------------------------------------------------------------------------------
  textarea.addEventListener('input', () => {
    keepDraft();
    renderGutter();
    updateCaret();
    scheduleCheck();
  });
  textarea.addEventListener('scroll', syncScroll);
  for (const ev of ['keyup', 'click', 'focus', 'select'])
    textarea.addEventListener(ev, updateCaret);
  textarea.addEventListener('keydown', (e) => {
    // YAML has no tabs: Tab indents by two spaces. Escape, then Tab, leaves the editor.
    if (e.key === 'Escape') {
      escaped = true;
      return;
    }
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (!saveBtn.disabled) void save();
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey && !escaped && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      textarea.setRangeText('  ', textarea.selectionStart, textarea.selectionEnd, 'end');
      textarea.dispatchEvent(new Event('input'));
      return;
    }
    escaped = false;
  });
  saveBtn.addEventListener('click', () => void save());
  discardBtn.addEventListener('click', () => void discard());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      replace(
        saveStatus,
        h(
          'p',
          { class: 'alert alert--error', role: 'alert' },
          t('editor.tooBig', { kb: MAX_BYTES / 1024 }),
        ),
      );
      return;
    }
    try {
      textarea.value = await file.text();
    } catch {
      replace(
        saveStatus,
        h('p', { class: 'alert alert--error', role: 'alert' }, t('editor.readFailed')),
      );
      return;
    }
    if (!id) filename = file.name;
    fileName.textContent = file.name;
    keepDraft();
    renderGutter();
    textarea.scrollTop = 0;
    void check();
    setCheckStatus('checking', t('editor.checking'));
  });
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (textarea.value !== savedSource) e.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);

  const heading = h('h1', { class: 'page-title', tabindex: '-1' }, title);
  function setHeading(name: string): void {
    title = t('editor.editTitle', { title: name });
    heading.textContent = title;
    document.title = `${title} · Sparring`;
  }
  function showPreview(): void {
    const href = previewHref();
    if (!href) return;
    previewLink.hidden = false;
    previewLink.setAttribute('href', href);
  }

  function layout(note: HTMLElement | null): void {
    replace(
      el,
      h('a', { class: 'back-link', href: '#/library' }, '← ', t('library.title')),
      h(
        'div',
        { class: 'head-row' },
        h(
          'div',
          { class: 'page-head' },
          heading,
          h('p', { class: 'page-sub' }, t('editor.subtitle')),
        ),
        h('div', { class: 'head-row__actions' }, unsavedNote, previewLink, saveBtn),
      ),
      staleNote,
      note,
      h(
        'div',
        { class: 'editor-layout' },
        h(
          'div',
          { class: 'editor-main card' },
          h(
            'div',
            { class: 'editor-toolbar' },
            h(
              'label',
              { class: 'btn btn--small file-label', for: 'editor-file' },
              t(id ? 'editor.replaceFile' : 'editor.chooseFile'),
            ),
            fileInput,
            fileName,
            h('span', { class: 'editor-toolbar__spacer' }),
            checkStatus,
          ),
          h('label', { class: 'sr-only', for: 'editor-source' }, t('editor.source')),
          code,
          h(
            'div',
            { class: 'editor-foot' },
            h('small', { id: 'editor-help', class: 'field__help' }, t('editor.help')),
            caretPos,
          ),
        ),
        h('aside', { class: 'editor-side' }, diagPanel, testsPanel),
      ),
    );
  }

  async function load(): Promise<void> {
    if (!id) {
      layout(h('p', { class: 'alert alert--info editor-note' }, t('editor.newHelp')));
      textarea.value = '';
      savedSource = '';
      textarea.placeholder = t('editor.placeholder');
      renderGutter();
      updateCaret();
      renderDiagnostics([], undefined, false);
      setCheckStatus('idle', t('editor.notChecked'));
      restoreDraft();
      return;
    }
    try {
      const res = await api.get<{
        source: string;
        diagnostics: Diagnostic[];
        tests: unknown;
        scenario: LibraryItem;
      }>(`/api/scenarios/${encodeURIComponent(id)}/source`);
      if (destroyed) return;
      layout(
        res.scenario.source === 'bundled'
          ? h('p', { class: 'alert alert--info editor-note' }, t('editor.bundledHelp'))
          : null,
      );
      setHeading(res.scenario.title);
      textarea.value = res.source;
      savedSource = res.source;
      renderDiagnostics(res.diagnostics ?? []);
      renderTests(
        normaliseTests(res.tests) ?? normaliseTests(res.scenario.tests),
        t('editor.testsSaved'),
      );
      setCheckStatus(
        (res.diagnostics ?? []).some((d) => d.severity === 'error') ? 'failed' : 'done',
        summary(res.diagnostics ?? []),
      );
      updateCaret();
      if (res.scenario.valid) showPreview();
      restoreDraft();
      heading.focus({ preventScroll: true });
    } catch (err) {
      if (destroyed) return;
      replace(
        el,
        h('a', { class: 'back-link', href: '#/library' }, '← ', t('library.title')),
        errorBox(err, () => void load()),
      );
    }
  }
  void load();

  return {
    el,
    get title() {
      return title;
    },
    destroy: () => {
      destroyed = true;
      window.clearTimeout(checkTimer);
      window.removeEventListener('beforeunload', beforeUnload);
      unguard();
    },
  };
}
