import type { AttemptDto } from '../../../server/contracts/events';
import type { View } from '../main';
import { api } from '../api';
import { h, replace } from '../dom';
import { formatDateTime, t, type Key } from '../i18n';
import { buildTranscript, commentItem, findingGroups, legend } from '../transcript';
import { loader, langName, loading, modeBadge, officialScores, scoreText, scoreTone } from '../ui';
import { startAttempt } from './brief';

export function scorecardView(attemptId: string): View {
  let title = t('score.title');
  const el = h('section', { class: 'page scorecard-page' }, loading());

  function scoreTile(
    testid: string,
    key: Key,
    help: Key,
    value: number | null,
    overall = false,
    /** The scorer's own value, when a trainer's override replaced it. */
    original?: number | null,
  ): HTMLElement {
    const tone = scoreTone(value);
    const adjusted = original !== undefined;
    const pct = value === null ? 0 : Math.max(0, Math.min(100, value));
    return h(
      'div',
      {
        class: `tile tile--${tone}${overall ? ' tile--overall' : ''}${adjusted ? ' tile--adjusted' : ''}`,
      },
      h('span', { class: 'tile__label' }, t(key)),
      h('span', { class: 'tile__value', 'data-testid': testid }, scoreText(value)),
      h(
        'span',
        { class: 'tile__bar', 'aria-hidden': 'true' },
        h('span', { style: { width: `${pct}%` } }),
      ),
      h(
        'span',
        { class: 'tile__help' },
        adjusted
          ? t('score.tileAdjusted', { original: scoreText(original) })
          : value === null && key === 'score.closure'
            ? t('score.closureNull')
            : t(help),
      ),
    );
  }

  function render(a: AttemptDto): void {
    const s = a.scenario;
    const r = a.result;
    title = `${t('score.title')}: ${s.title}`;
    document.title = `${title} · Sparring`;
    const back = h('a', { class: 'back-link', href: '#/attempts' }, '← ', t('nav.attempts'));
    if (!r || a.status !== 'closed') {
      replace(
        el,
        back,
        h('h1', { class: 'page-title', tabindex: '-1' }, s.title),
        h(
          'div',
          { class: 'alert alert--info' },
          h('span', null, t('score.notClosed')),
          h(
            'a',
            { class: 'btn btn--primary btn--small', href: `#/attempt/${encodeURIComponent(a.id)}` },
            t('score.continue'),
          ),
        ),
      );
      return;
    }

    // A trainer's comments appear under the message they are about (text only, never HTML).
    const { list: transcript, markOf } = buildTranscript(a, {
      annotate: (_m, index) => {
        const mine = (a.comments ?? []).filter((c) => c.turn === index);
        return mine.length ? h('ul', { class: 'comments' }, mine.map(commentItem)) : null;
      },
    });
    const override = a.override
      ? h(
          'div',
          { class: 'alert alert--info score-override', 'data-testid': 'override-note' },
          h('strong', null, t('score.overrideTitle', { author: a.override.author })),
          h(
            'p',
            null,
            (['overall', 'patience', 'positive_phrasing', 'closure'] as const)
              .filter((k) => a.override!.scores[k] !== undefined)
              .map((k) =>
                t('score.overrideLine', {
                  dimension: t(`score.${k}` as Key),
                  score: scoreText(a.override!.scores[k] ?? null),
                  original: scoreText(r.scores[k]),
                }),
              )
              .join(' · '),
          ),
          h('p', null, t('score.overrideReason', { reason: a.override.reason })),
        )
      : null;
    const groups = findingGroups(r, markOf, s.language);
    // The tiles show the scores that count: a trainer's override, with the scorer's value beside.
    type Dim = keyof typeof r.scores;
    const overridden = (k: Dim) => a.override?.scores[k] !== undefined;
    const counted = officialScores(r.scores, a.override?.scores)!;
    const official = (k: Dim) => counted[k];
    const originalOf = (k: Dim) => (overridden(k) ? r.scores[k] : undefined);

    const retryStatus = h('div', { class: 'form-status' });
    const retryBtn = h(
      'button',
      { type: 'button', class: 'btn btn--primary', 'data-testid': 'retry' },
      t('score.retry'),
    );
    retryBtn.addEventListener(
      'click',
      () => void startAttempt(s.id, a.mode, retryStatus, retryBtn),
    );
    const backBtn = h(
      'button',
      {
        type: 'button',
        class: 'btn',
        'data-testid': 'back',
        onclick: () => (history.length > 1 ? history.back() : (location.hash = '#/')),
      },
      t('score.back'),
    );

    replace(
      el,
      back,
      h(
        'div',
        { class: 'score-head', 'data-testid': 'scorecard' },
        h(
          'div',
          { class: 'score-head__main' },
          h(
            'div',
            { class: 'meta-row' },
            h('span', { class: 'badge badge--lang' }, langName(s.language)),
            modeBadge(a.mode),
            h('span', { class: 'muted' }, t('score.date', { date: formatDateTime(a.startedAt) })),
          ),
          h('h1', { class: 'page-title', tabindex: '-1', lang: s.language }, s.title),
          h(
            'p',
            {
              class: `outcome outcome--${r.outcome}`,
              'data-testid': 'outcome',
              'data-outcome': r.outcome,
            },
            h(
              'span',
              { class: 'outcome__icon', 'aria-hidden': 'true' },
              r.outcome === 'success' ? '✓' : r.outcome === 'failure' ? '✕' : '•',
            ),
            t(`score.outcome.${r.outcome}` as Key),
          ),
          r.closedEarly
            ? h(
                'p',
                { class: 'alert alert--warn', 'data-testid': 'closed-early' },
                t('score.closedEarly'),
              )
            : null,
        ),
        h('div', { class: 'score-head__buttons' }, retryBtn, backBtn, retryStatus),
      ),
      override,
      h(
        'div',
        { class: 'tiles' },
        scoreTile(
          'score-overall',
          'score.overall',
          'score.overallHelp',
          official('overall'),
          true,
          originalOf('overall'),
        ),
        scoreTile(
          'score-patience',
          'score.patience',
          'score.patienceHelp',
          official('patience'),
          false,
          originalOf('patience'),
        ),
        scoreTile(
          'score-positive',
          'score.positive_phrasing',
          'score.positiveHelp',
          official('positive_phrasing'),
          false,
          originalOf('positive_phrasing'),
        ),
        scoreTile(
          'score-closure',
          'score.closure',
          'score.closureHelp',
          official('closure'),
          false,
          originalOf('closure'),
        ),
      ),
      h(
        'div',
        { class: 'score-layout' },
        h(
          'section',
          { class: 'card transcript-card', 'aria-labelledby': 'transcript-h' },
          h('h2', { class: 'card__title', id: 'transcript-h' }, t('score.transcript')),
          h('p', { class: 'card__help' }, t('score.transcriptHelp')),
          legend(),
          transcript,
        ),
        h(
          'section',
          { class: 'card findings-card', 'aria-labelledby': 'findings-h' },
          h('h2', { class: 'card__title', id: 'findings-h' }, t('score.findings')),
          groups,
        ),
      ),
    );
  }

  const data = loader(
    el,
    () => api.get<{ attempt: AttemptDto }>(`/api/attempts/${encodeURIComponent(attemptId)}`),
    (res) => {
      render(res.attempt);
      el.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    },
    () => [h('a', { class: 'back-link', href: '#/attempts' }, '← ', t('nav.attempts'))],
  );
  void data.load();

  return {
    el,
    get title() {
      return title;
    },
    destroy: data.stop,
  };
}
