/**
 * A closed attempt's transcript with its findings highlighted, the findings grouped by dimension
 * and the legend: shared by the trainee's scorecard and the trainers' review screen.
 */
import type {
  CommentDto,
  AttemptDto,
  AttemptResult,
  Dimension,
  FindingDto,
  MessageDto,
} from '../../server/contracts/events';
import { h, replace } from './dom';
import { formatDateTime, formatTime, t, type Key } from './i18n';
import { DIMENSIONS, highlightsFor, kindOf, mainDimension } from './highlight';

export const DIM_KEY: Record<Dimension, Key> = {
  patience: 'score.patience',
  positive_phrasing: 'score.positive_phrasing',
  closure: 'score.closure',
};

export function pts(n: number): string {
  return t('score.points', { n: n > 0 ? `+${n}` : String(n) });
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

/** One trainer comment (author, time, text), rendered as text. */
export function commentItem(c: CommentDto): HTMLElement {
  return h(
    'li',
    { class: 'comment', 'data-testid': 'comment', 'data-comment-id': c.id },
    h(
      'div',
      { class: 'comment__head' },
      h('strong', null, c.author),
      h('time', { datetime: c.at, class: 'muted' }, formatDateTime(c.at)),
    ),
    h('p', { class: 'comment__text' }, c.text),
  );
}

export interface TranscriptOptions {
  /** Who the agent lines are from (default: "You"). */
  agentName?: string;
  /** Extra content under a message (the review screen's comments). */
  annotate?: (m: MessageDto, index: number) => Node | null;
}

export interface Transcript {
  list: HTMLOListElement;
  /** Where each finding is highlighted (for "show in transcript"). */
  markOf: Map<FindingDto, HTMLElement>;
}

/** The messages with every finding as a selectable highlight and its details below it. */
export function buildTranscript(a: AttemptDto, opts: TranscriptOptions = {}): Transcript {
  const s = a.scenario;
  const r = a.result;
  const messages: MessageDto[] = [...(a.messages ?? [])];
  const byTurn = new Map<number, FindingDto[]>();
  for (const f of r?.findings ?? []) {
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
    const who = m.role === 'customer' ? (s.persona?.name ?? '') : (opts.agentName ?? t('chat.you'));
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
      if (range.start > pos) textEl.append(document.createTextNode(m.text.slice(pos, range.start)));
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
      opts.annotate?.(m, index) ?? null,
    );
  }

  const list = h(
    'ol',
    { class: 'messages messages--transcript', lang: s.language },
    messages.map(messageItem),
  );
  return { list, markOf };
}

/** The findings of a result grouped by dimension, each linking to its highlight. */
export function findingGroups(
  r: AttemptResult,
  markOf: Map<FindingDto, HTMLElement>,
  language: string,
): HTMLElement[] {
  return DIMENSIONS.map((dim) => {
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
                h('span', { class: `pts pts--${f.points < 0 ? 'minus' : 'plus'}` }, pts(f.points)),
                h(
                  'div',
                  { class: 'fitem__body' },
                  f.text
                    ? h('q', { class: 'fitem__quote', lang: language }, f.text)
                    : h('span', { class: 'fitem__quote' }, t('score.wholeReply')),
                  h('p', { class: 'fitem__msg', lang: language }, f.message),
                  f.suggestion
                    ? h(
                        'p',
                        { class: 'fitem__suggest', lang: language },
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
}

/** What the colours and underlines of the highlights mean. */
export function legend(): HTMLElement {
  return h(
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
    h(
      'span',
      { class: 'legend__item' },
      h(
        'span',
        { class: 'legend__sample hl hl--patience hl--mixed', 'aria-hidden': 'true' },
        'abc',
      ),
      t('score.mixed'),
    ),
  );
}
