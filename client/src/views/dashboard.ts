/**
 * The dashboard for trainers and HR: totals, charts of scores over time, outcomes, groups and
 * scenarios, a table of trainees; exports (HR, admin) and re-scoring (admin).
 */
import type { RescoreStatus } from '../../../server/contracts/events';
import type { View } from '../main';
import { api, query } from '../api';
import type { Charts } from '../chartjs';
import { h, replace } from '../dom';
import { formatDateTime, lang, t, tn, type Key } from '../i18n';
import { currentUser } from '../session';
import {
  COLORS,
  can,
  dayLabel,
  durationText,
  hashParams,
  last30Days,
  numberText,
  percentText,
  rate,
  setHashParams,
  type Aggregate,
  type Stats,
  markDates,
  rangeProblem,
} from '../staff';
import {
  describeError,
  errorBox,
  loading,
  pageTitle,
  scoreText,
  scoreTone,
  stackOnPhone,
  toast,
} from '../ui';
import { filterDate, filterSelect, SCORE_LABEL } from './review';

/** The totals as cards (attempts, outcome rates, times, mood, overall). */
export function statCards(a: Aggregate): HTMLElement {
  const card = (
    testid: string,
    label: string,
    value: string,
    sub?: string,
    tone?: string,
  ): HTMLElement =>
    h(
      'div',
      { class: `stat${tone ? ` stat--${tone}` : ''}` },
      h('span', { class: 'stat__label' }, label),
      h('span', { class: 'stat__value', 'data-testid': testid }, value),
      sub ? h('span', { class: 'stat__sub' }, sub) : null,
    );
  const outcome = (o: 'success' | 'neutral' | 'failure', label: string) =>
    card(
      `stat-${o}`,
      label,
      percentText(rate(a, o)),
      t('dash.ofClosed', { n: a.outcomes[o], total: a.closed }),
      o,
    );
  return h(
    'div',
    { class: 'stats' },
    card(
      'stat-attempts',
      t('dash.attempts'),
      numberText(a.attempts),
      t('dash.closedCount', { n: a.closed }),
    ),
    card(
      'stat-overall',
      t('dash.avgOverall'),
      scoreText(a.averages.overall),
      t('dash.outOf100'),
      `score-${scoreTone(a.averages.overall)}`,
    ),
    outcome('success', t('dash.successRate')),
    outcome('neutral', t('dash.neutralRate')),
    outcome('failure', t('dash.failureRate')),
    card('stat-handle', t('dash.avgHandle'), durationText(a.avgHandleSeconds), t('dash.minSec')),
    card(
      'stat-first-reply',
      t('dash.avgFirstReply'),
      durationText(a.avgFirstReplySeconds),
      t('dash.minSec'),
    ),
    card('stat-mood', t('dash.avgMood'), numberText(a.avgFinalMood), t('dash.moodHelp')),
  );
}

const scoreFmt = (v: number | null) => (v === null ? '—' : numberText(v, 1));

export function dashboardView(): View {
  let destroyed = false;
  let loadSeq = 0;
  const me = currentUser();
  /** Chart.js is loaded with the first data (trainees never download it). */
  let charts: Charts | null = null;
  const params = hashParams();
  const defaults = last30Days();
  const filters = {
    from: params.get('from') ?? defaults.from,
    to: params.get('to') ?? defaults.to,
    group: params.get('group') ?? '',
  };
  let groups: string[] = me?.role === 'trainer' && me.group ? [me.group] : [];

  const filterBar = h('form', { class: 'filters', 'aria-label': t('review.filters') });
  filterBar.addEventListener('submit', (e) => e.preventDefault());
  const body = h('div', { 'data-testid': 'dashboard' }, loading());

  function set(key: keyof typeof filters, value: string): void {
    filters[key] = value;
    setHashParams(filters);
    updateExportLinks();
    void load();
  }

  function renderFilters(): void {
    replace(
      filterBar,
      filterDate('from', filters.from, (v) => set('from', v)),
      filterDate('to', filters.to, (v) => set('to', v)),
      filterSelect(
        'group',
        t('staff.group'),
        groups.map((g) => [g, g]),
        filters.group,
        (v) => set('group', v),
        t('staff.all'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn--ghost btn--small',
          onclick: () => {
            Object.assign(filters, last30Days(), { group: '' });
            setHashParams(filters);
            renderFilters();
            updateExportLinks();
            void load();
          },
        },
        t('dash.last30'),
      ),
      me?.role === 'trainer' && me.group
        ? h('p', { class: 'filters__count' }, t('dash.trainerScope', { group: me.group }))
        : null,
    );
    markDates(filterBar, rangeProblem(filters.from, filters.to)?.fields ?? []);
  }

  // --- charts --------------------------------------------------------------------------------
  function scoresChart(s: Stats): HTMLElement {
    const days = s.byDay.filter((d) => d.closed > 0);
    const labels = days.map((d) => dayLabel(d.date));
    const last = days[days.length - 1];
    return charts!.line({
      testid: 'chart-scores',
      title: t('dash.chartScores'),
      summary: days.length
        ? tn('dash.chartScoresSummary', days.length, {
            first: labels[0] ?? '',
            last: labels[labels.length - 1] ?? '',
            overall: scoreFmt(last?.averages.overall ?? null),
          })
        : t('dash.noClosed'),
      labels,
      format: scoreFmt,
      height: 280,
      series: (['overall', 'patience', 'positive_phrasing', 'closure'] as const).map((k) => ({
        label: t(SCORE_LABEL[k]),
        data: days.map((d) => d.averages[k]),
        color: COLORS[k],
        strong: k === 'overall',
      })),
    });
  }

  function outcomesChart(s: Stats): HTMLElement {
    const o = s.totals.outcomes;
    const labels = [t('outcome.success'), t('outcome.neutral'), t('outcome.failure')];
    return charts!.doughnut(
      {
        testid: 'chart-outcomes',
        title: t('dash.chartOutcomes'),
        summary: tn('dash.chartOutcomesSummary', s.totals.closed, {
          success: o.success,
          neutral: o.neutral,
          failure: o.failure,
          rate: percentText(rate(s.totals, 'success')),
        }),
        labels,
        height: 280,
        series: [
          {
            label: t('dash.attempts'),
            data: [o.success, o.neutral, o.failure],
            color: COLORS.success,
          },
        ],
      },
      [COLORS.success, COLORS.neutral, COLORS.failure],
    );
  }

  /** The group and scenario charts share a row: one height for both. */
  function barHeight(s: Stats): number {
    const n = Math.max(
      s.byGroup.filter((g) => g.closed > 0).length,
      s.byScenario.filter((x) => x.closed > 0).length,
    );
    return Math.max(220, 70 + n * 40);
  }

  function groupsChart(s: Stats): HTMLElement {
    const rows = s.byGroup.filter((g) => g.closed > 0);
    const labels = rows.map((g) => g.group ?? t('dash.noGroup'));
    return charts!.bar(
      {
        testid: 'chart-groups',
        title: t('dash.chartGroups'),
        summary: rows.map((g, i) => `${labels[i]}: ${scoreFmt(g.averages.overall)}`).join('; '),
        labels,
        format: scoreFmt,
        height: barHeight(s),
        series: [
          {
            label: t('score.overall'),
            data: rows.map((g) => g.averages.overall),
            color: COLORS.overall,
          },
        ],
      },
      { horizontal: true, yMax: 100 },
    );
  }

  function scenariosChart(s: Stats): HTMLElement {
    const rows = s.byScenario
      .filter((x) => x.closed > 0)
      .sort((a, b) => (a.averages.overall ?? 0) - (b.averages.overall ?? 0));
    return charts!.bar(
      {
        testid: 'chart-scenarios',
        title: t('dash.chartScenarios'),
        summary: rows.map((x) => `${x.title}: ${scoreFmt(x.averages.overall)}`).join('; '),
        labels: rows.map((x) => x.title),
        format: scoreFmt,
        height: barHeight(s),
        series: [
          {
            label: t('score.overall'),
            data: rows.map((x) => x.averages.overall),
            color: COLORS.closure,
          },
        ],
      },
      { horizontal: true, yMax: 100 },
    );
  }

  function traineeTable(s: Stats): HTMLElement {
    const q = query({ from: filters.from, to: filters.to });
    const cell = (v: number | null) =>
      h('td', { class: `num score-cell score-cell--${scoreTone(v)}` }, scoreText(v));
    const rows = [...s.byTrainee].sort((a, b) => a.username.localeCompare(b.username));
    return h(
      'section',
      { class: 'card table-card', 'aria-labelledby': 'trainees-h' },
      h('h2', { class: 'card__title card__title--pad', id: 'trainees-h' }, t('dash.trainees')),
      rows.length
        ? h(
            'div',
            { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'trainees-h' },
            stackOnPhone(
              h(
                'table',
                { class: 'table', 'data-testid': 'trainee-table' },
                h(
                  'thead',
                  null,
                  h(
                    'tr',
                    null,
                    h('th', { scope: 'col' }, t('attempts.user')),
                    h('th', { scope: 'col' }, t('staff.group')),
                    h('th', { scope: 'col', class: 'num' }, t('dash.attempts')),
                    h('th', { scope: 'col', class: 'num' }, t('score.patience')),
                    h(
                      'th',
                      { scope: 'col', class: 'num', title: t('score.positive_phrasing') },
                      t('attempts.colPositive'),
                    ),
                    h('th', { scope: 'col', class: 'num' }, t('score.closure')),
                    h('th', { scope: 'col', class: 'num' }, t('score.overall')),
                    h('th', { scope: 'col', class: 'num' }, t('dash.successRate')),
                  ),
                ),
                h(
                  'tbody',
                  null,
                  rows.map((r) =>
                    h(
                      'tr',
                      { 'data-testid': 'trainee-row', 'data-username': r.username },
                      h(
                        'th',
                        { scope: 'row' },
                        h(
                          'a',
                          {
                            href: `#/trainee/${encodeURIComponent(r.username)}${q}`,
                            'data-testid': 'trainee-link',
                          },
                          r.username,
                        ),
                      ),
                      h('td', null, r.group ?? h('span', { class: 'muted' }, '—')),
                      h(
                        'td',
                        { class: 'num' },
                        String(r.attempts),
                        r.closed !== r.attempts
                          ? h(
                              'span',
                              { class: 'muted small' },
                              ` (${t('dash.closedCount', { n: r.closed })})`,
                            )
                          : null,
                      ),
                      cell(r.averages.patience),
                      cell(r.averages.positive_phrasing),
                      cell(r.averages.closure),
                      cell(r.averages.overall),
                      h('td', { class: 'num' }, percentText(rate(r, 'success'))),
                    ),
                  ),
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, t('dash.empty')),
    );
  }

  /** Who is ready for live queues, by the rule the server applies, and what each one lacks. */
  function readinessCard(s: Stats): HTMLElement | null {
    const list = [...(s.readiness ?? [])].sort(
      (a, b) => Number(b.ready) - Number(a.ready) || a.username.localeCompare(b.username),
    );
    if (!list.length) return null;
    const ready = list.filter((r) => r.ready).length;
    const q = query({ from: filters.from, to: filters.to });
    return h(
      'section',
      { class: 'card table-card', 'aria-labelledby': 'ready-h', 'data-testid': 'readiness' },
      h('h2', { class: 'card__title card__title--pad', id: 'ready-h' }, t('dash.ready.title')),
      h(
        'p',
        { class: 'card__pad muted small' },
        t('dash.ready.rule', {
          exams: s.readinessRule.exams,
          score: s.readinessRule.score,
          scenarios: s.readinessRule.scenarios,
        }),
      ),
      h(
        'p',
        { class: 'card__pad', 'data-testid': 'readiness-summary' },
        h('strong', null, t('dash.ready.summary', { ready, total: list.length })),
      ),
      h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'ready-h' },
        stackOnPhone(
          h(
            'table',
            { class: 'table', 'data-testid': 'readiness-table' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, t('attempts.user')),
                h('th', { scope: 'col' }, t('staff.group')),
                h('th', { scope: 'col' }, t('dash.ready.status')),
                h('th', { scope: 'col' }, t('dash.ready.missing')),
                h('th', { scope: 'col' }, t('dash.ready.recent')),
              ),
            ),
            h(
              'tbody',
              null,
              list.map((r) =>
                h(
                  'tr',
                  {
                    'data-testid': 'readiness-row',
                    'data-username': r.username,
                    'data-ready': String(r.ready),
                  },
                  h(
                    'th',
                    { scope: 'row' },
                    h('a', { href: `#/trainee/${encodeURIComponent(r.username)}${q}` }, r.username),
                  ),
                  h('td', null, r.group ?? h('span', { class: 'muted' }, '—')),
                  h(
                    'td',
                    null,
                    h(
                      'span',
                      { class: `badge badge--${r.ready ? 'success' : 'neutral'}` },
                      t(r.ready ? 'dash.ready.yes' : 'dash.ready.no'),
                    ),
                  ),
                  h(
                    'td',
                    null,
                    r.gaps.length
                      ? r.gaps
                          .map((g) =>
                            t(
                              `dash.ready.gap.${g.code}` as Key,
                              g as unknown as Record<string, string | number>,
                            ),
                          )
                          .join('; ')
                      : h('span', { class: 'muted' }, '—'),
                  ),
                  h(
                    'td',
                    null,
                    h(
                      'span',
                      { class: 'score-chips' },
                      r.recent.map((e) =>
                        h(
                          'a',
                          {
                            class: `score-chip score-cell--${scoreTone(e.overall)}${e.outcome === 'success' ? '' : ' score-chip--unresolved'}`,
                            href: `#/review/${encodeURIComponent(e.attemptId)}`,
                            title: `${e.scenarioTitle} · ${formatDateTime(e.date)} · ${t(`outcome.${e.outcome ?? 'neutral'}` as Key)}`,
                          },
                          scoreText(e.overall),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function render(s: Stats): void {
    charts?.destroy();
    if (!s.totals.attempts) {
      replace(
        body,
        statCards(s.totals),
        h('div', { class: 'card empty-card' }, h('p', null, t('dash.empty'))),
      );
      return;
    }
    replace(
      body,
      statCards(s.totals),
      s.totals.closed
        ? h(
            'div',
            { class: 'chart-grid' },
            h('section', { class: 'card chart-grid__wide' }, scoresChart(s)),
            h('section', { class: 'card' }, outcomesChart(s)),
            h('section', { class: 'card' }, groupsChart(s)),
            h('section', { class: 'card chart-grid__wide' }, scenariosChart(s)),
          )
        : h('div', { class: 'card empty-card' }, h('p', null, t('dash.noClosed'))),
      readinessCard(s),
      traineeTable(s),
    );
  }

  async function load(): Promise<void> {
    const seq = ++loadSeq;
    const problem = rangeProblem(filters.from, filters.to);
    markDates(filterBar, problem?.fields ?? []);
    if (problem) {
      charts?.destroy();
      replace(body, errorBox(problem.message));
      return;
    }
    if (!body.querySelector('.stats')) replace(body, loading());
    body.setAttribute('aria-busy', 'true');
    try {
      const [stats, chartjs] = await Promise.all([
        api.get<Stats & { ok: true }>(`/api/stats${query({ ...filters, tz: timeZone() })}`),
        import('../chartjs'),
      ]);
      charts ??= new chartjs.Charts();
      if (!destroyed && seq === loadSeq) render(stats);
    } catch (err) {
      if (!destroyed && seq === loadSeq) {
        charts?.destroy();
        replace(
          body,
          errorBox(err, () => void load()),
        );
      }
    } finally {
      if (seq === loadSeq) body.removeAttribute('aria-busy');
    }
  }

  // --- exports and re-scoring ----------------------------------------------------------------
  const pseudonymise = h('input', {
    type: 'checkbox',
    id: 'export-pseudonymise',
    'data-testid': 'export-pseudonymise',
  });
  pseudonymise.addEventListener('change', () => updateExportLinks());
  // Excel splits a CSV on the list separator of its locale: a semicolon in Russian (and most
  // European) settings, where a comma-separated file opens as one column. The interface language
  // chooses the default.
  const separator = h(
    'select',
    { id: 'export-sep', 'data-testid': 'export-sep' },
    h('option', { value: 'comma', selected: lang() !== 'ru' }, t('dash.sepComma')),
    h('option', { value: 'semicolon', selected: lang() === 'ru' }, t('dash.sepSemicolon')),
  );
  separator.addEventListener('change', () => updateExportLinks());
  const exportScope = h('p', {
    id: 'export-scope',
    class: 'card__help',
    'aria-live': 'polite',
    'data-testid': 'export-scope',
  });
  const exportLink = (format: 'csv' | 'xlsx' | 'json', label: string) =>
    h('a', { class: 'btn', 'data-testid': `export-${format}`, download: '' }, label);
  const links = {
    csv: exportLink('csv', t('dash.downloadCsv')),
    xlsx: exportLink('xlsx', t('dash.downloadXlsx')),
    json: exportLink('json', t('dash.downloadJson')),
  };
  function updateExportLinks(): void {
    // With dates the server would refuse, a download would save its error as the file: the
    // links are off and the card says why.
    const problem = rangeProblem(filters.from, filters.to);
    for (const [format, a] of Object.entries(links)) {
      if (problem) {
        a.removeAttribute('href');
        a.setAttribute('aria-disabled', 'true');
        a.setAttribute('aria-describedby', 'export-scope');
      } else {
        a.removeAttribute('aria-disabled');
        a.removeAttribute('aria-describedby');
        a.setAttribute(
          'href',
          `/api/export${query({
            format,
            ...filters,
            tz: timeZone(),
            pseudonymise: pseudonymise.checked,
            sep: format === 'csv' ? separator.value : undefined,
          })}`,
        );
      }
    }
    exportScope.className = problem ? 'alert alert--error export-blocked' : 'card__help';
    exportScope.textContent = problem
      ? problem.fields.length === 2
        ? t('dash.exportBlocked')
        : problem.message
      : t('dash.exportScope', {
          from: filters.from ? wholeDay(filters.from) : '…',
          to: filters.to ? wholeDay(filters.to) : '…',
          group: filters.group || t('staff.all').toLowerCase(),
        });
  }
  updateExportLinks();

  function rescorePanel(): HTMLElement {
    const result = h('div', { class: 'form-status', 'aria-live': 'polite' });
    const button = h(
      'button',
      { type: 'button', class: 'btn btn--danger-ghost', 'data-testid': 'rescore' },
      t('dash.rescore'),
    );
    const dialog = h(
      'dialog',
      { class: 'dialog', 'aria-labelledby': 'rescore-title', 'aria-describedby': 'rescore-text' },
      h('h2', { id: 'rescore-title', class: 'dialog__title' }, t('dash.rescoreConfirmTitle')),
      h('p', { id: 'rescore-text' }, t('dash.rescoreConfirmText')),
      h(
        'div',
        { class: 'dialog__buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            autofocus: true,
            'data-testid': 'rescore-cancel',
            onclick: () => dialog.close(),
          },
          t('review.cancel'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn--danger',
            'data-testid': 'rescore-confirm',
            onclick: () => {
              dialog.close();
              void run();
            },
          },
          t('dash.rescoreGo'),
        ),
      ),
    );
    const progress = h('progress', {
      class: 'rescore__bar',
      max: 1,
      value: 0,
    }) as HTMLProgressElement;
    const progressText = h('span', { class: 'rescore__count' });
    const progressBox = h(
      'div',
      {
        class: 'rescore__progress',
        role: 'status',
        'data-testid': 'rescore-progress',
        hidden: true,
      },
      progress,
      progressText,
    );
    const showProgress = (job: RescoreStatus) => {
      progressBox.hidden = false;
      progress.max = Math.max(1, job.total);
      progress.value = job.done;
      progressText.textContent = tn('dash.rescoreProgress', job.total, { done: job.done });
    };
    const showDone = (job: RescoreStatus) => {
      progressBox.hidden = true;
      const msg = tn('dash.rescoreDone', job.rescored, {
        skipped: job.skipped,
        scorer: job.scorer,
      });
      replace(
        result,
        h(
          'p',
          { class: 'alert alert--success', role: 'status', 'data-testid': 'rescore-result' },
          msg,
        ),
      );
      toast(msg);
      void load();
    };
    const showError = (message: string) => {
      progressBox.hidden = true;
      replace(
        result,
        h(
          'p',
          { class: 'alert alert--error', role: 'alert', 'data-testid': 'rescore-result' },
          message,
        ),
      );
    };
    const busy = (on: boolean) => {
      button.disabled = on;
      button.textContent = t(on ? 'dash.rescoring' : 'dash.rescore');
    };
    /** Follows a job running on the server until it ends (the page may be left meanwhile). */
    async function follow(job: RescoreStatus): Promise<void> {
      busy(true);
      try {
        while (job.state === 'running' && !destroyed) {
          showProgress(job);
          await new Promise((r) => setTimeout(r, 1000));
          job = (await api.get<{ job: RescoreStatus }>('/api/rescore')).job;
        }
        if (destroyed) return;
        if (job.state === 'done') showDone(job);
        else
          showError(
            t('dash.rescoreFailed', { done: job.done, total: job.total, error: job.error ?? '' }),
          );
      } catch (err) {
        showError(describeError(err));
      } finally {
        busy(false);
      }
    }
    async function run(): Promise<void> {
      busy(true);
      replace(result);
      try {
        const res = await api.post<{ job: RescoreStatus }>('/api/rescore', {});
        await follow(res.job);
      } catch (err) {
        showError(describeError(err));
        busy(false);
      }
    }
    // A job started earlier (here or by another admin) is still running: show where it is.
    void api
      .get<{ job: RescoreStatus | null }>('/api/rescore')
      .then((res) => {
        if (res.job?.state === 'running') void follow(res.job);
      })
      .catch(() => undefined);
    button.addEventListener('click', () => dialog.showModal());
    return h(
      'div',
      { class: 'rescore' },
      h('h3', { class: 'card__subtitle' }, t('dash.rescoreTitle')),
      h('p', { class: 'card__help' }, t('dash.rescoreHelp')),
      progressBox,
      result,
      button,
      dialog,
    );
  }

  const exportPanel = can(me, 'export')
    ? h(
        'section',
        { class: 'card export-card', 'aria-labelledby': 'export-h', 'data-testid': 'export-panel' },
        h('h2', { class: 'card__title', id: 'export-h' }, t('dash.exportTitle')),
        exportScope,
        h(
          'label',
          { class: 'check', for: 'export-pseudonymise' },
          pseudonymise,
          h('span', null, t('dash.pseudonymise')),
        ),
        h('p', { class: 'field__help check-help' }, t('dash.pseudonymiseHelp')),
        h(
          'div',
          { class: 'field field--inline export-sep' },
          h('label', { for: 'export-sep' }, t('dash.sep')),
          separator,
        ),
        h('div', { class: 'export-buttons' }, links.csv, links.xlsx, links.json),
        can(me, 'rescore') ? rescorePanel() : null,
      )
    : null;

  async function loadGroups(): Promise<void> {
    if (me?.role === 'trainer' && me.group) return;
    try {
      const res = await api.get<{ groups: string[] }>('/api/groups');
      if (destroyed) return;
      groups = res.groups ?? [];
      renderFilters();
    } catch {
      /* the group filter stays empty; the dashboard still works */
    }
  }

  renderFilters();
  void loadGroups();
  void load();

  return {
    el: h(
      'section',
      { class: 'page page--wide' },
      pageTitle(t('dash.title'), t('dash.subtitle')),
      filterBar,
      body,
      exportPanel,
    ),
    title: t('dash.title'),
    destroy: () => {
      destroyed = true;
      charts?.destroy();
    },
  };
}

/** A filter's day (YYYY-MM-DD, the viewer's own day) as the interface language writes it. */
function wholeDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(lang() === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(y, m - 1, d));
}

/** The dates picked here are local days: the server is told which zone they are in. */
function timeZone(): number {
  return new Date().getTimezoneOffset();
}
