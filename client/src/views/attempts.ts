import type { AttemptSummary, Scores } from '../../../server/contracts/events';
import type { View } from '../main';
import { api } from '../api';
import { lineChart } from '../chart';
import { h, replace } from '../dom';
import { formatDate, formatDateTime, formatTime, t, tn } from '../i18n';
import { navigate } from '../nav';
import { currentUser } from '../session';
import {
  loader,
  loading,
  modeBadge,
  officialScores,
  outcomeBadge,
  pageTitle,
  scoreText,
  scoreTone,
  stackOnPhone,
} from '../ui';

export function attemptsView(): View {
  const body = h('div', null, loading());
  const user = currentUser();
  const showUser = user?.role !== 'trainee';

  /** A score that counts; `adjusted` when a trainer's override replaced the scorer's. */
  function scoreCell(v: number | null | undefined, adjusted = false): HTMLElement {
    return h(
      'td',
      {
        class: `num score-cell score-cell--${scoreTone(v)}${adjusted ? ' score-cell--adjusted' : ''}`,
        title: adjusted ? t('review.overridden') : null,
      },
      scoreText(v),
      adjusted ? h('span', { class: 'sr-only' }, ` (${t('review.overridden')})`) : null,
      adjusted ? h('span', { class: 'adjusted-mark', 'aria-hidden': 'true' }, '✎') : null,
    );
  }
  const scoresOf = (a: AttemptSummary) => officialScores(a.scores, a.override);
  const adjusted = (a: AttemptSummary, k: keyof Scores) => a.override?.[k] !== undefined;

  function render(attempts: AttemptSummary[]): void {
    if (attempts.length === 0) {
      replace(
        body,
        h(
          'div',
          { class: 'card empty-card' },
          h('p', null, t('attempts.empty')),
          h('a', { class: 'btn btn--primary', href: '#/' }, t('nav.scenarios')),
        ),
      );
      return;
    }
    const rows = [...attempts].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    const closed = attempts
      .filter(
        (a) => a.status === 'closed' && a.scores && (!showUser || a.username === user?.username),
      )
      .sort((a, b) => (a.closedAt ?? a.startedAt).localeCompare(b.closedAt ?? b.startedAt));
    const points = closed.map((a) => ({
      at: a.closedAt ?? a.startedAt,
      value: scoresOf(a)?.overall ?? 0,
      label: `${a.scenarioTitle}: ${scoreText(scoresOf(a)?.overall)} (${formatDateTime(a.closedAt ?? a.startedAt)})`,
    }));

    const chartCard = h(
      'section',
      { class: 'card chart-card', 'aria-labelledby': 'chart-h' },
      h('h2', { class: 'card__title', id: 'chart-h' }, t('attempts.chart')),
      points.length
        ? lineChart(points, {
            title: t('attempts.chart'),
            desc: tn('attempts.chartDesc', points.length, {
              first: formatDate(points[0]?.at),
              last: formatDate(points[points.length - 1]?.at),
            }),
            formatDate: (iso) => {
              // All on one day: the time says more than a repeated date.
              const days = new Set(points.map((p) => formatDate(p.at)));
              return days.size === 1 ? formatTime(iso) : formatDate(iso);
            },
          })
        : h('p', { class: 'muted' }, t('attempts.chartEmpty')),
    );

    const table = h(
      'table',
      { class: 'table table--clickable', 'data-testid': 'attempts-table' },
      h('caption', { class: 'sr-only' }, t('attempts.title')),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t('attempts.scenario')),
          showUser ? h('th', { scope: 'col' }, t('attempts.user')) : null,
          h('th', { scope: 'col' }, t('attempts.date')),
          h('th', { scope: 'col' }, t('attempts.mode')),
          h('th', { scope: 'col' }, t('attempts.outcome')),
          h('th', { scope: 'col', class: 'num' }, t('score.patience')),
          h(
            'th',
            {
              scope: 'col',
              class: 'num',
              title: t('score.positive_phrasing'),
              'aria-label': t('score.positive_phrasing'),
            },
            t('attempts.colPositive'),
          ),
          h('th', { scope: 'col', class: 'num' }, t('score.closure')),
          h('th', { scope: 'col', class: 'num' }, t('score.overall')),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((a) => {
          const href =
            a.status === 'closed'
              ? `#/result/${encodeURIComponent(a.id)}`
              : `#/attempt/${encodeURIComponent(a.id)}`;
          const tr = h(
            'tr',
            { 'data-testid': 'attempt-row', 'data-attempt-id': a.id },
            h(
              'th',
              { scope: 'row', class: 'table__title' },
              h('a', { href, lang: a.language }, a.scenarioTitle),
            ),
            showUser ? h('td', null, a.username) : null,
            h(
              'td',
              { class: showUser ? 'nowrap' : 'nowrap cell--full' },
              h('time', { datetime: a.startedAt }, formatDateTime(a.startedAt)),
            ),
            h('td', null, modeBadge(a.mode)),
            h('td', null, outcomeBadge(a.status === 'closed' ? a.outcome : null, a.status)),
            scoreCell(scoresOf(a)?.patience, adjusted(a, 'patience')),
            scoreCell(scoresOf(a)?.positive_phrasing, adjusted(a, 'positive_phrasing')),
            scoreCell(scoresOf(a)?.closure, adjusted(a, 'closure')),
            scoreCell(scoresOf(a)?.overall, adjusted(a, 'overall')),
          );
          // The whole row opens the attempt (a tap anywhere on a phone's card too).
          tr.addEventListener('click', (e) => {
            if ((e.target as HTMLElement).closest('a')) return;
            navigate(href);
          });
          return tr;
        }),
      ),
    );
    replace(
      body,
      chartCard,
      h(
        'section',
        { class: 'card table-card' },
        h(
          'div',
          { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('attempts.title') },
          stackOnPhone(table),
        ),
      ),
    );
  }

  const data = loader(
    body,
    () => api.get<{ attempts: AttemptSummary[] }>('/api/attempts'),
    (res) => render(res.attempts ?? []),
  );
  void data.load();

  return {
    el: h(
      'section',
      { class: 'page' },
      pageTitle(t('attempts.title'), t('attempts.subtitle')),
      body,
    ),
    title: t('attempts.title'),
    destroy: data.stop,
  };
}
