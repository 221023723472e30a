/** One trainee's progress: totals, scores over their attempts and the weakest recurring phrases. */
import type { ScenarioSummary } from '../../../server/contracts/events';
import type { View } from '../main';
import { api, query } from '../api';
import type { Charts } from '../chartjs';
import { h, replace } from '../dom';
import { formatDate, formatDateTime, t, tn } from '../i18n';
import {
  COLORS,
  hashParams,
  numberText,
  setHashParams,
  type TraineeReport,
  type WeakPhrase,
  markDates,
  rangeProblem,
} from '../staff';
import { DIM_KEY } from '../transcript';
import { errorBox, loading, outcomeBadge } from '../ui';
import { statCards } from './dashboard';
import { filterDate, SCORE_LABEL } from './review';

const scoreFmt = (v: number | null) => (v === null ? '—' : numberText(v, 1));

export function traineeReportView(username: string): View {
  let destroyed = false;
  let loadSeq = 0;
  /** Chart.js is loaded with the first data (trainees never download it). */
  let charts: Charts | null = null;
  const params = hashParams();
  const filters = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const title = t('report.title', { name: username });
  /** Scenario id → title, for the list of latest attempts. */
  const titles = new Map<string, string>();

  const filterBar = h('form', { class: 'filters', 'aria-label': t('review.filters') });
  filterBar.addEventListener('submit', (e) => e.preventDefault());
  const body = h('div', null, loading());

  function set(key: keyof typeof filters, value: string): void {
    filters[key] = value;
    setHashParams(filters);
    void load();
  }

  function renderFilters(): void {
    replace(
      filterBar,
      filterDate('from', filters.from, (v) => set('from', v)),
      filterDate('to', filters.to, (v) => set('to', v)),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn--ghost btn--small',
          onclick: () => {
            filters.from = filters.to = '';
            setHashParams(filters);
            renderFilters();
            void load();
          },
        },
        t('report.allTime'),
      ),
      h(
        'a',
        {
          class: 'btn btn--small filters__end',
          href: `#/review${query({ trainee: username, ...filters })}`,
        },
        t('report.attempts'),
      ),
    );
    markDates(filterBar, rangeProblem(filters.from, filters.to)?.fields ?? []);
  }

  function progressChart(r: TraineeReport): HTMLElement {
    const points = r.progress.filter((p) => p.scores);
    const days = points.map((p) => formatDate(p.date));
    const unique = new Set(days).size === days.length;
    const labels = unique ? days : points.map((p) => formatDateTime(p.date));
    const first = points[0]?.scores?.overall ?? null;
    const last = points[points.length - 1]?.scores?.overall ?? null;
    return charts!.line({
      testid: 'chart-progress',
      title: t('report.progress'),
      summary: tn('report.progressSummary', points.length, {
        first: scoreFmt(first),
        last: scoreFmt(last),
      }),
      labels,
      format: scoreFmt,
      height: 300,
      series: (['overall', 'patience', 'positive_phrasing', 'closure'] as const).map((k) => ({
        label: t(SCORE_LABEL[k]),
        data: points.map((p) => p.scores?.[k] ?? null),
        color: COLORS[k],
        strong: k === 'overall',
      })),
    });
  }

  function weakPhrase(w: WeakPhrase): HTMLElement {
    return h(
      'li',
      { class: `weak fgroup--${w.dimension}`, 'data-testid': 'weak-phrase', 'data-rule': w.rule },
      h(
        'div',
        { class: 'weak__head' },
        h('span', { class: `dim-dot dim-dot--${w.dimension}`, 'aria-hidden': 'true' }),
        h('span', { class: 'weak__dim' }, t(DIM_KEY[w.dimension])),
        h('span', { class: 'weak__count' }, t('report.times', { n: w.count })),
      ),
      h('p', { class: 'weak__msg' }, w.message),
      w.examples.length
        ? h(
            'div',
            { class: 'weak__examples' },
            h('span', { class: 'weak__label' }, t('report.examples')),
            h(
              'ul',
              null,
              w.examples.map((ex) => h('li', null, h('q', null, ex))),
            ),
          )
        : null,
      w.suggestion
        ? h(
            'p',
            { class: 'hl-detail__suggest' },
            h('span', { class: 'hl-detail__suggest-label' }, t('report.suggestion')),
            h('span', { class: 'hl-detail__suggest-text' }, w.suggestion),
          )
        : null,
    );
  }

  function recentList(r: TraineeReport): HTMLElement {
    const rows = [...r.progress].reverse().slice(0, 8);
    return h(
      'ul',
      { class: 'recent' },
      rows.map((p) =>
        h(
          'li',
          null,
          h('a', { href: `#/review/${encodeURIComponent(p.attemptId)}` }, formatDateTime(p.date)),
          h('span', { class: 'recent__scenario muted' }, titles.get(p.scenarioId) ?? p.scenarioId),
          outcomeBadge(p.outcome),
          h('span', { class: 'recent__score' }, scoreFmt(p.scores?.overall ?? null)),
        ),
      ),
    );
  }

  function render(r: TraineeReport): void {
    charts?.destroy();
    replace(
      body,
      statCards(r.totals),
      r.progress.length
        ? h(
            'div',
            { class: 'report-layout' },
            h('section', { class: 'card' }, progressChart(r)),
            h(
              'section',
              { class: 'card', 'aria-labelledby': 'recent-h' },
              h('h2', { class: 'card__title', id: 'recent-h' }, t('report.recent')),
              recentList(r),
            ),
          )
        : h('div', { class: 'card empty-card' }, h('p', null, t('report.empty'))),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'weak-h' },
        h('h2', { class: 'card__title', id: 'weak-h' }, t('report.weak')),
        h('p', { class: 'card__help' }, t('report.weakHelp')),
        r.weakPhrases.length
          ? h('ol', { class: 'weak-list' }, r.weakPhrases.map(weakPhrase))
          : h('p', { class: 'muted' }, t('report.noWeak')),
      ),
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
    try {
      const [res, chartjs, library] = await Promise.all([
        api.get<{ report: TraineeReport }>(
          `/api/trainees/${encodeURIComponent(username)}/report${query(filters)}`,
        ),
        import('../chartjs'),
        titles.size
          ? null
          : api.get<{ scenarios: ScenarioSummary[] }>('/api/scenarios').catch(() => null),
      ]);
      for (const sc of library?.scenarios ?? []) titles.set(sc.id, sc.title);
      charts ??= new chartjs.Charts();
      if (!destroyed && seq === loadSeq) render(res.report);
    } catch (err) {
      if (!destroyed && seq === loadSeq) {
        charts?.destroy();
        replace(
          body,
          errorBox(err, () => void load()),
        );
      }
    }
  }
  renderFilters();
  void load();

  return {
    el: h(
      'section',
      { class: 'page page--wide', 'data-testid': 'trainee-report' },
      h('a', { class: 'back-link', href: `#/dashboard${query(filters)}` }, '← ', t('dash.title')),
      h(
        'div',
        { class: 'page-head' },
        h('h1', { class: 'page-title', tabindex: '-1' }, title),
        h('p', { class: 'page-sub' }, t('report.subtitle')),
      ),
      filterBar,
      body,
    ),
    title,
    destroy: () => {
      destroyed = true;
      charts?.destroy();
    },
  };
}
