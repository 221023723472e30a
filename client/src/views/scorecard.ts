import type {
  AttemptDto,
  Dimension,
  FindingDto,
  MessageDto,
} from '../../../server/contracts/events';
import type { View } from '../main';
import { api } from '../api';
import { h, replace } from '../dom';
import { formatDateTime, formatTime, t, type Key } from '../i18n';
import { DIMENSIONS, highlightsFor, kindOf, mainDimension } from '../highlight';
import { errorBox, langName, loading, modeBadge, scoreText, scoreTone } from '../ui';
import { startAttempt } from './brief';

const DIM_KEY: Record<Dimension, Key> = {
  patience: 'score.patience',
  positive_phrasing: 'score.positive_phrasing',
  closure: 'score.closure',
};

function pts(n: number): string {
  return t('score.points', { n: n > 0 ? `+${n}` : String(n) });
}

export function scorecardView(attemptId: string): View {
  let destroyed = false;
  let title = t('score.title');
  const el = h('section', { class: 'page scorecard-page' }, loading());

  function scoreTile(
    testid: string,
    key: Key,
    help: Key,
    value: number | null,
    overall = false,
  ): HTMLElement {
    const tone = scoreTone(value);
    const pct = value === null ? 0 : Math.max(0, Math.min(100, value));
    return h(
      'div',
      { class: `tile tile--${tone}${overall ? ' tile--overall' : ''}` },
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
        value === null && key === 'score.closure' ? t('score.closureNull') : t(help),
      ),
    );
  }

  function detailOf(findings: FindingDto[]): HTMLElement {
    return h(
      'div',
      { class: 'hl-detail__list' },
      findings.map((f) =>
        h(
          'div',
          { class: `hl-detail__item fnote--${f.points < 0 ? 'deduction' : 'credit'}` },
          h(
            'div',
            { class: 'hl-detail__head' },
            h('span', { class: `dim-dot dim-dot--${f.dimension}`, 'aria-hidden': 'true' }),
            h('strong', null, t(DIM_KEY[f.dimension])),
            h(
              'span',
              { class: `pts pts--${f.points < 0 ? 'minus' : 'plus'}` },
              `${f.points < 0 ? t('score.deduction') : t('score.credit')} · ${pts(f.points)}`,
            ),
          ),
          f.text ? h('q', { class: 'hl-detail__quote' }, f.text) : null,
          h('p', { class: 'hl-detail__msg' }, f.message),
          f.suggestion
            ? h(
                'p',
                { class: 'hl-detail__suggest' },
                h('span', { class: 'hl-detail__suggest-label' }, t('score.suggestion')),
                h('span', { class: 'hl-detail__suggest-text' }, f.suggestion),
              )
            : null,
        ),
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

    const messages: MessageDto[] = [...(a.messages ?? [])];
    const byTurn = new Map<number, FindingDto[]>();
    for (const f of r.findings ?? []) {
      if (!byTurn.has(f.turn)) byTurn.set(f.turn, []);
      byTurn.get(f.turn)!.push(f);
    }
    const markOf = new Map<FindingDto, HTMLElement>();
    const details: HTMLElement[] = [];
    let active: HTMLElement | null = null;

    function select(mark: HTMLElement, detail: HTMLElement, findings: FindingDto[]): void {
      if (active && active !== mark) active.setAttribute('aria-expanded', 'false');
      for (const d of details) if (d !== detail) d.hidden = true;
      active = mark;
      mark.setAttribute('aria-expanded', 'true');
      detail.hidden = false;
      replace(detail, detailOf(findings));
    }

    function messageItem(m: MessageDto, index: number): HTMLElement {
      const findings = byTurn.get(index) ?? [];
      const who = m.role === 'customer' ? (s.persona?.name ?? '') : t('chat.you');
      const detail = h('div', {
        class: 'hl-detail',
        id: `detail-${index}`,
        hidden: true,
        'aria-live': 'polite',
      });
      details.push(detail);
      const textEl = h('p', { class: 'msg__text' });
      const { ranges, whole } = highlightsFor(m.text ?? '', findings);
      // SECURITY: highlights are built from slices of the message text placed in Text nodes
      // (via h()/createTextNode) inside <mark> elements created with createElement. The message,
      // the finding's text, message and suggestion all come from the server and are never passed
      // to innerHTML/insertAdjacentHTML, so a reply containing "<img onerror=…>" stays plain text.
      let pos = 0;
      for (const range of ranges) {
        if (range.start > pos)
          textEl.append(document.createTextNode(m.text.slice(pos, range.start)));
        const kind = kindOf(range.findings);
        const dim = mainDimension(range.findings);
        const mark = h(
          'mark',
          {
            class: `hl hl--${dim} hl--${kind}`,
            tabindex: '0',
            role: 'button',
            'aria-expanded': 'false',
            'aria-controls': detail.id,
            'data-testid': 'finding-highlight',
            'data-dimension': dim,
            'data-kind': kind,
            'data-turn': String(index),
          },
          m.text.slice(range.start, range.end),
          h(
            'span',
            { class: 'sr-only' },
            ` (${range.findings.map((f) => `${t(DIM_KEY[f.dimension])}: ${pts(f.points)}`).join('; ')})`,
          ),
        );
        const open = () => select(mark, detail, range.findings);
        mark.addEventListener('click', open);
        mark.addEventListener('focus', open);
        mark.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open();
          }
        });
        for (const f of range.findings) markOf.set(f, mark);
        textEl.append(mark);
        pos = range.end;
      }
      if (pos < (m.text ?? '').length) textEl.append(document.createTextNode(m.text.slice(pos)));

      const chips = whole.map((f) => {
        const chip = h(
          'button',
          {
            type: 'button',
            class: `hl-chip hl--${f.dimension} hl--${f.points < 0 ? 'deduction' : 'credit'}`,
            'aria-expanded': 'false',
            'aria-controls': detail.id,
            'data-testid': 'finding-highlight',
            'data-dimension': f.dimension,
            'data-kind': f.points < 0 ? 'deduction' : 'credit',
            'data-turn': String(index),
          },
          `${t('score.wholeReply')} · ${t(DIM_KEY[f.dimension])} ${pts(f.points)}`,
        );
        const open = () => select(chip, detail, [f]);
        chip.addEventListener('click', open);
        chip.addEventListener('focus', open);
        markOf.set(f, chip);
        return chip;
      });

      return h(
        'li',
        {
          class: `msg msg--${m.role} msg--${m.kind ?? 'text'}`,
          'data-testid': 'message',
          'data-role': m.role,
          'data-message-id': m.id,
        },
        h(
          'div',
          { class: 'msg__row' },
          h(
            'div',
            { class: 'msg__col' },
            h(
              'div',
              { class: 'msg__bubble', lang: s.language },
              m.kind === 'action' ? h('span', { class: 'msg__tag' }, t('chat.action')) : null,
              textEl,
              chips.length ? h('div', { class: 'hl-chips' }, chips) : null,
            ),
            h(
              'div',
              { class: 'msg__meta' },
              h('span', { class: 'msg__who' }, who),
              h('time', { datetime: m.at, class: 'msg__time' }, formatTime(m.at)),
            ),
          ),
        ),
        detail,
      );
    }

    const transcript = h(
      'ol',
      { class: 'messages messages--transcript', lang: s.language },
      messages.map(messageItem),
    );

    const groups = DIMENSIONS.map((dim) => {
      const fs = (r.findings ?? [])
        .filter((f) => f.dimension === dim)
        .sort((x, y) => x.turn - y.turn || x.span.start - y.span.start);
      return h(
        'section',
        { class: `fgroup fgroup--${dim}`, 'data-testid': `findings-${dim}` },
        h(
          'h3',
          { class: 'fgroup__title' },
          h('span', { class: `dim-dot dim-dot--${dim}`, 'aria-hidden': 'true' }),
          t(DIM_KEY[dim]),
          h('span', { class: 'fgroup__count' }, String(fs.length)),
        ),
        fs.length
          ? h(
              'ul',
              { class: 'fgroup__list' },
              fs.map((f) =>
                h(
                  'li',
                  {
                    class: `fitem fitem--${f.points < 0 ? 'deduction' : 'credit'}`,
                    'data-testid': 'finding',
                  },
                  h(
                    'span',
                    { class: `pts pts--${f.points < 0 ? 'minus' : 'plus'}` },
                    pts(f.points),
                  ),
                  h(
                    'div',
                    { class: 'fitem__body' },
                    f.text
                      ? h('q', { class: 'fitem__quote', lang: s.language }, f.text)
                      : h('span', { class: 'fitem__quote' }, t('score.wholeReply')),
                    h('p', { class: 'fitem__msg', lang: s.language }, f.message),
                    f.suggestion
                      ? h(
                          'p',
                          { class: 'fitem__suggest', lang: s.language },
                          h('span', { class: 'hl-detail__suggest-label' }, t('score.suggestion')),
                          f.suggestion,
                        )
                      : null,
                    markOf.has(f)
                      ? h(
                          'button',
                          {
                            type: 'button',
                            class: 'link-btn',
                            onclick: () => {
                              const mark = markOf.get(f);
                              mark?.scrollIntoView({ behavior: 'smooth', block: 'center' });
                              mark?.focus({ preventScroll: true });
                            },
                          },
                          t('score.showInTranscript'),
                        )
                      : null,
                  ),
                ),
              ),
            )
          : h('p', { class: 'fgroup__none' }, t('score.noFindings')),
      );
    });

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

    const legend = h(
      'div',
      { class: 'legend', 'aria-label': t('score.legend') },
      DIMENSIONS.map((d) =>
        h(
          'span',
          { class: 'legend__item' },
          h('span', { class: `dim-dot dim-dot--${d}`, 'aria-hidden': 'true' }),
          t(DIM_KEY[d]),
        ),
      ),
      h(
        'span',
        { class: 'legend__item' },
        h(
          'span',
          { class: 'legend__sample hl hl--patience hl--deduction', 'aria-hidden': 'true' },
          'abc',
        ),
        t('score.deduction'),
      ),
      h(
        'span',
        { class: 'legend__item' },
        h(
          'span',
          { class: 'legend__sample hl hl--patience hl--credit', 'aria-hidden': 'true' },
          'abc',
        ),
        t('score.credit'),
      ),
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
      h(
        'div',
        { class: 'tiles' },
        scoreTile('score-overall', 'score.overall', 'score.overallHelp', r.scores.overall, true),
        scoreTile('score-patience', 'score.patience', 'score.patienceHelp', r.scores.patience),
        scoreTile(
          'score-positive',
          'score.positive_phrasing',
          'score.positiveHelp',
          r.scores.positive_phrasing,
        ),
        scoreTile('score-closure', 'score.closure', 'score.closureHelp', r.scores.closure),
      ),
      h(
        'div',
        { class: 'score-layout' },
        h(
          'section',
          { class: 'card transcript-card', 'aria-labelledby': 'transcript-h' },
          h('h2', { class: 'card__title', id: 'transcript-h' }, t('score.transcript')),
          h('p', { class: 'card__help' }, t('score.transcriptHelp')),
          legend,
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

  async function load(): Promise<void> {
    replace(el, loading());
    try {
      const res = await api.get<{ attempt: AttemptDto }>(
        `/api/attempts/${encodeURIComponent(attemptId)}`,
      );
      if (!destroyed) render(res.attempt);
      el.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    } catch (err) {
      if (!destroyed)
        replace(
          el,
          h('a', { class: 'back-link', href: '#/attempts' }, '← ', t('nav.attempts')),
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
    },
  };
}
