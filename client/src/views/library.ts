/** The scenario library for trainers: validation and test status, enable/disable, edit, preview. */
import type { ScenarioVersion } from '../../../server/contracts/events';
import type { View } from '../main';
import { api } from '../api';
import { h, replace } from '../dom';
import { formatDateTime, t, tn } from '../i18n';
import { askUser } from '../leave-guard';
import type { LibraryItem } from '../staff';
import { normaliseTests } from '../staff';
import {
  describeError,
  errorBox,
  difficultyDots,
  langName,
  loader,
  loading,
  pageTitle,
  stackOnPhone,
  toast,
} from '../ui';

/** Errors and warnings as a short status badge. */
export function validationBadge(errors: number, warnings: number): HTMLElement {
  if (errors)
    return h(
      'span',
      { class: 'badge badge--failure' },
      tn('library.errors', errors),
      warnings ? ` · ${tn('library.warnings', warnings)}` : '',
    );
  if (warnings) return h('span', { class: 'badge badge--warn' }, tn('library.warnings', warnings));
  return h('span', { class: 'badge badge--success' }, t('library.valid'));
}

export function testsBadge(tests: LibraryItem['tests']): HTMLElement {
  if (!tests || tests.passed + tests.failed === 0)
    return h('span', { class: 'badge badge--muted' }, t('library.noTests'));
  return h(
    'span',
    {
      class: `badge ${tests.failed ? 'badge--failure' : 'badge--success'}`,
      title: tests.failures.join('\n') || null,
    },
    t('library.testsPassed', { n: tests.passed, total: tests.passed + tests.failed }),
  );
}

export function libraryView(): View {
  const body = h('div', null, loading());
  let destroyed = false;

  /** The versions of one scenario in a dialog, each earlier one with Restore. */
  async function showVersions(item: LibraryItem, opener: HTMLElement): Promise<void> {
    const id = encodeURIComponent(item.id);
    const list = h('div', { class: 'versions' }, loading());
    const dialog = h(
      'dialog',
      {
        class: 'dialog dialog--wide',
        'data-testid': 'versions-dialog',
        'aria-labelledby': 'versions-title',
        onclose: () => {
          dialog.remove();
          opener.focus();
        },
      },
      h(
        'h2',
        { id: 'versions-title', class: 'dialog__title' },
        t('library.versionsTitle', { title: item.title }),
      ),
      list,
      h(
        'div',
        { class: 'dialog__buttons' },
        h(
          'button',
          { type: 'button', class: 'btn', onclick: () => dialog.close() },
          t('library.versionsClose'),
        ),
      ),
    );
    document.body.append(dialog);
    dialog.showModal();
    const label = (v: ScenarioVersion) =>
      v.kind === 'current'
        ? t('library.versionCurrent')
        : v.kind === 'bundled'
          ? t('library.versionBundled')
          : t('library.versionUpload', { date: formatDateTime(v.replacedAt) });
    try {
      const { versions } = await api.get<{ versions: ScenarioVersion[] }>(
        `/api/scenarios/${id}/history`,
      );
      const earlier = versions.filter((v) => v.kind !== 'current');
      replace(
        list,
        h(
          'ul',
          { class: 'versions__list' },
          versions.map((v) =>
            h(
              'li',
              {
                class: `versions__item versions__item--${v.kind}`,
                'data-testid': 'version',
                'data-version': v.version,
              },
              h(
                'div',
                { class: 'versions__body' },
                h('strong', null, label(v)),
                v.title ? h('span', { class: 'muted', lang: item.language }, v.title) : null,
              ),
              v.kind === 'current'
                ? null
                : h(
                    'button',
                    {
                      type: 'button',
                      class: 'btn btn--small',
                      'data-testid': 'version-restore',
                      onclick: async (e: Event) => {
                        const button = e.currentTarget as HTMLButtonElement;
                        const yes = await askUser({
                          title: t('library.restoreAsk'),
                          text: t('library.restoreText'),
                          go: t('library.restore'),
                          stay: t('library.restoreStay'),
                          loses: false,
                        });
                        if (!yes) return;
                        button.disabled = true;
                        try {
                          const res = await api.post<{ scenario: { title: string } }>(
                            `/api/scenarios/${id}/restore`,
                            { version: v.version },
                          );
                          toast(t('library.restored', { title: res.scenario.title }));
                          dialog.close();
                          if (!destroyed) void data.load();
                        } catch (err) {
                          button.disabled = false;
                          list.prepend(errorBox(err));
                        }
                      },
                    },
                    t('library.restore'),
                  ),
            ),
          ),
        ),
        earlier.length ? null : h('p', { class: 'muted' }, t('library.versionsNone')),
      );
    } catch (err) {
      replace(list, errorBox(err));
    }
  }

  function toggle(item: LibraryItem): HTMLElement {
    const input = h('input', {
      type: 'checkbox',
      role: 'switch',
      class: 'switch__input',
      checked: item.enabled,
      'data-testid': 'enable-toggle',
      'aria-label': t('library.enabledFor', { title: item.title }),
    });
    const label = h(
      'span',
      { class: 'switch__text' },
      t(item.enabled ? 'library.on' : 'library.off'),
    );
    input.addEventListener('change', async () => {
      const enabled = input.checked;
      input.disabled = true;
      try {
        await api.post(`/api/scenarios/${encodeURIComponent(item.id)}/enabled`, { enabled });
        item.enabled = enabled;
        input.closest('tr')?.classList.toggle('lib-row--off', !enabled);
        label.textContent = t(enabled ? 'library.on' : 'library.off');
        toast(t(enabled ? 'library.enabledOk' : 'library.disabledOk', { title: item.title }));
      } catch (err) {
        input.checked = !enabled;
        toast(describeError(err), 'error');
      } finally {
        input.disabled = false;
      }
    });
    return h(
      'label',
      { class: 'switch' },
      input,
      h('span', { class: 'switch__track', 'aria-hidden': 'true' }),
      label,
    );
  }

  function row(item: LibraryItem): HTMLElement {
    const id = encodeURIComponent(item.id);
    return h(
      'tr',
      {
        'data-testid': 'library-row',
        'data-scenario-id': item.id,
        class: item.enabled ? null : 'lib-row--off',
      },
      h(
        'th',
        { scope: 'row', class: 'table__title' },
        h('span', { class: 'lib-title', lang: item.language }, item.title),
        h('span', { class: 'lib-id' }, item.id),
      ),
      h('td', null, h('span', { class: 'badge badge--lang' }, langName(item.language))),
      h('td', null, difficultyDots(item.difficulty)),
      h('td', null, validationBadge(item.errors, item.warnings)),
      h('td', null, testsBadge(item.tests)),
      h(
        'td',
        null,
        h(
          'span',
          { class: `badge badge--${item.source === 'uploaded' ? 'uploaded' : 'muted'}` },
          t(item.source === 'uploaded' ? 'library.uploaded' : 'library.bundled'),
        ),
      ),
      h('td', null, toggle(item)),
      h(
        'td',
        { class: 'table__actions cell--full' },
        h(
          'a',
          {
            class: 'btn btn--small',
            href: `#/library/edit/${id}`,
            'data-testid': 'edit-scenario',
            'aria-label': t('library.editTitle', { title: item.title }),
          },
          t('library.edit'),
        ),
        item.valid
          ? h(
              'a',
              {
                class: 'btn btn--small btn--ghost',
                href: `#/scenario/${id}?preview=1`,
                'data-testid': 'preview',
                'aria-label': t('library.previewTitle', { title: item.title }),
              },
              t('library.preview'),
            )
          : h(
              'span',
              {
                class: 'btn btn--small btn--ghost',
                'aria-disabled': 'true',
                title: t('brief.invalid'),
              },
              t('library.preview'),
            ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn--small btn--ghost',
            'data-testid': 'versions',
            'aria-label': t('library.versionsFor', { title: item.title }),
            onclick: (e: Event) => void showVersions(item, e.currentTarget as HTMLElement),
          },
          t('library.versions'),
        ),
      ),
    );
  }

  function render(items: LibraryItem[]): void {
    const invalid = items.filter((i) => i.errors > 0).length;
    const failing = items.filter((i) => (i.tests?.failed ?? 0) > 0).length;
    const disabled = items.filter((i) => !i.enabled).length;
    replace(
      body,
      h(
        'div',
        { class: 'lib-summary', role: 'status' },
        h('span', null, tn('library.count', items.length)),
        invalid
          ? h('span', { class: 'badge badge--failure' }, t('library.invalidCount', { n: invalid }))
          : null,
        failing
          ? h('span', { class: 'badge badge--failure' }, t('library.failingCount', { n: failing }))
          : null,
        disabled
          ? h('span', { class: 'badge badge--muted' }, t('library.disabledCount', { n: disabled }))
          : null,
      ),
      items.length
        ? h(
            'section',
            { class: 'card table-card' },
            h(
              'div',
              {
                class: 'table-wrap',
                tabindex: '0',
                role: 'region',
                'aria-label': t('library.title'),
              },
              stackOnPhone(
                h(
                  'table',
                  { class: 'table', 'data-testid': 'library-table' },
                  h('caption', { class: 'sr-only' }, t('library.title')),
                  h(
                    'thead',
                    null,
                    h(
                      'tr',
                      null,
                      h('th', { scope: 'col' }, t('library.scenario')),
                      h('th', { scope: 'col' }, t('library.language')),
                      h('th', { scope: 'col' }, t('picker.filterDifficulty')),
                      h('th', { scope: 'col' }, t('library.validation')),
                      h('th', { scope: 'col' }, t('library.tests')),
                      h('th', { scope: 'col' }, t('library.source')),
                      h('th', { scope: 'col' }, t('library.enabled')),
                      h(
                        'th',
                        // No label over the buttons in the phone's card layout.
                        { scope: 'col', 'data-label': '' },
                        h('span', { class: 'sr-only' }, t('library.actions')),
                      ),
                    ),
                  ),
                  h('tbody', null, items.map(row)),
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, t('picker.none')),
    );
  }

  const data = loader(
    body,
    () => api.get<{ scenarios: LibraryItem[] }>('/api/scenarios'),
    (res) =>
      render(
        (res.scenarios ?? []).map((s) => ({
          ...s,
          enabled: s.enabled !== false,
          errors: s.errors ?? 0,
          warnings: s.warnings ?? 0,
          tests: normaliseTests(s.tests),
        })),
      ),
  );
  void data.load();

  return {
    el: h(
      'section',
      { class: 'page page--wide' },
      h(
        'div',
        { class: 'head-row' },
        pageTitle(t('library.title'), t('library.subtitle')),
        h(
          'a',
          { class: 'btn btn--primary', href: '#/library/new', 'data-testid': 'upload-scenario' },
          t('library.upload'),
        ),
      ),
      body,
    ),
    title: t('library.title'),
    destroy: () => {
      destroyed = true;
      data.stop();
    },
  };
}
