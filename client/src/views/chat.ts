import type {
  AttemptDto,
  FindingDto,
  MessageDto,
  Outcome,
  ReplyFeedback,
  ServerToClientEvents,
} from '../../../server/contracts/events';
import type { View } from '../main';
import { h, replace, uuid } from '../dom';
import { errorText, formatTime, t, type Key } from '../i18n';
import { navigate } from '../nav';
import { currentUser } from '../session';
import { call, getSocket } from '../socket';
import {
  Outbox,
  currentAttempt,
  drafts,
  feedbackStore,
  forgetAttempt,
  takeHandoff,
  type OutboxItem,
} from '../store';
import {
  announce,
  icon,
  describeError,
  errorBox,
  errorCode,
  loading,
  modeBadge,
  scoreText,
  scoreTone,
  toast,
} from '../ui';
import { customerCard } from './brief';

/** Same as LIMITS.messageChars in server/contracts/events.ts (imported as a type only). */
export const MAX_CHARS = 4000;

type Entry =
  | { key: string; msg: MessageDto; pending?: undefined }
  | { key: string; msg?: undefined; pending: OutboxItem };

export function moodLevel(mood: number): 0 | 1 | 2 | 3 | 4 {
  const m = Math.max(0, Math.min(100, mood));
  return m < 20 ? 0 : m < 40 ? 1 : m < 60 ? 2 : m < 80 ? 3 : 4;
}

export function chatView(attemptId: string): View {
  const socket = getSocket();
  const outbox = new Outbox(attemptId);
  const messages = new Map<string, MessageDto>();
  const nodes = new Map<string, HTMLElement>();
  const signatures = new WeakMap<HTMLElement, string>();
  const feedback: Record<string, ReplyFeedback> = feedbackStore.get(attemptId);
  let attempt: AttemptDto | null = null;
  let ended: { ending: string | null; outcome: Outcome } | null = null;
  let destroyed = false;
  let closing = false;
  let flushing = false;
  let resuming = false;
  let resumeAgain = false;
  let typingTimer = 0;
  let gapTimer = 0;
  let everDisconnected = false;
  let title = t('chat.title', { name: '…' });

  const el = h('section', { class: 'chat-page' }, loading());

  // --- elements (built once the attempt is known) -------------------------------------------
  const list = h('ol', { class: 'messages', 'data-testid': 'messages' });
  const scroller = h('div', { class: 'messages-scroll', tabindex: '0' }, list);
  const emptyNote = h('p', { class: 'messages-empty' });
  const typingEl = h('div', {
    class: 'typing',
    'data-testid': 'typing-indicator',
    hidden: true,
    'aria-hidden': 'true',
  });
  const offlineEl = h(
    'div',
    { class: 'alert alert--warn offline-banner', role: 'status', hidden: true },
    t('chat.offline'),
  );
  const chatStatus = h('div', { class: 'chat-status' });
  const endedEl = h('div', {
    class: 'ended-banner',
    'data-testid': 'ended-banner',
    role: 'status',
    hidden: true,
  });
  const closeBtn = h(
    'button',
    { type: 'button', class: 'btn btn--danger-ghost', 'data-testid': 'close-chat' },
    t('chat.close'),
  );
  const headActions = h('div', { class: 'chat-head__actions' }, closeBtn);
  const actionsRow = h('div', {
    class: 'chat-actions',
    role: 'group',
    'aria-label': t('chat.actions'),
  });
  const textarea = h('textarea', {
    id: 'composer',
    class: 'composer__input',
    rows: 2,
    // No maxlength: a pasted text over the limit would be cut silently; it is kept and flagged.
    'data-testid': 'composer',
    'aria-describedby': 'composer-help composer-counter',
  });
  const counter = h('span', { id: 'composer-counter', class: 'composer__counter' });
  const composerError = h('div', { class: 'composer__error', 'aria-live': 'assertive' });
  const sendBtn = h(
    'button',
    { type: 'submit', class: 'btn btn--primary composer__send', 'data-testid': 'send-button' },
    t('chat.send'),
  );
  const composer = h(
    'form',
    { class: 'composer' },
    h('label', { class: 'sr-only', for: 'composer' }, t('chat.composer')),
    h('div', { class: 'composer__box' }, textarea, sendBtn),
    h(
      'div',
      { class: 'composer__foot' },
      h('span', { id: 'composer-help', class: 'composer__help' }, t('chat.composerHelp')),
      counter,
    ),
    composerError,
  );
  const moodBox = h('div', { class: 'mood' });
  const hintBox = h('div', { class: 'hint-box', 'data-testid': 'coach-hint-panel' });
  const side = h('aside', { class: 'chat-side', 'aria-label': t('chat.panel') });

  const dialog = h('dialog', {
    class: 'dialog',
    'aria-labelledby': 'confirm-title',
    'aria-describedby': 'confirm-text',
  });

  // --- rendering ------------------------------------------------------------------------------

  function customerName(): string {
    return attempt?.scenario.persona?.name ?? '';
  }

  function isCoach(): boolean {
    return attempt?.mode === 'coach';
  }

  function sortedMessages(): MessageDto[] {
    return [...messages.values()].sort((a, b) => a.seq - b.seq);
  }

  function entries(): Entry[] {
    const sorted = sortedMessages();
    const stored = new Set(sorted.map((m) => m.clientId).filter(Boolean));
    const pending = outbox.list().filter((i) => !stored.has(i.clientId));
    return [
      ...sorted.map((msg) => ({ key: `m:${msg.id}`, msg })),
      ...pending.map((p) => ({ key: `c:${p.clientId}`, pending: p })),
    ];
  }

  function findingLine(f: FindingDto): HTMLElement {
    const kind = f.points < 0 ? 'deduction' : 'credit';
    return h(
      'li',
      { class: `fnote fnote--${kind} fnote--${f.dimension}` },
      h('span', { class: 'fnote__pts' }, f.points > 0 ? `+${f.points}` : String(f.points)),
      h(
        'span',
        { class: 'fnote__body' },
        f.text ? h('q', { class: 'fnote__quote' }, f.text) : null,
        ' ',
        h('span', null, f.message),
        f.suggestion
          ? h('span', { class: 'fnote__suggest' }, t('chat.suggest', { text: f.suggestion }))
          : null,
      ),
    );
  }

  function feedbackNote(fb: ReplyFeedback): HTMLElement {
    const chip = (label: string, value: number) =>
      h(
        'span',
        { class: `score-chip score-chip--${scoreTone(value)}` },
        `${label} ${scoreText(value)}`,
      );
    return h(
      'div',
      { class: 'feedback', 'data-testid': 'reply-feedback' },
      h(
        'div',
        { class: 'feedback__head' },
        h('span', { class: 'feedback__title' }, t('chat.feedback')),
        chip(t('score.patience'), fb.patience),
        chip(t('score.positive_phrasing'), fb.positive_phrasing),
      ),
      fb.findings.length
        ? h('ul', { class: 'fnotes' }, fb.findings.map(findingLine))
        : h('p', { class: 'feedback__none' }, t('chat.noFindings')),
    );
  }

  function statusLine(entry: Entry): HTMLElement | null {
    if (entry.msg) {
      return entry.msg.role === 'agent'
        ? h(
            'span',
            { class: 'msg__status msg__status--sent', title: t('chat.sent') },
            '✓',
            h('span', { class: 'sr-only' }, t('chat.sent')),
          )
        : null;
    }
    if (entry.pending.status === 'sending') {
      return h(
        'span',
        { class: 'msg__status msg__status--sending' },
        h('span', { class: 'dots-anim', 'aria-hidden': 'true' }),
        t('chat.sending'),
      );
    }
    return null;
  }

  function fillNode(li: HTMLElement, entry: Entry): void {
    const role = entry.msg ? entry.msg.role : 'agent';
    const kind = entry.msg?.kind ?? (entry.pending?.kind === 'action' ? 'action' : 'text');
    const text = entry.msg ? entry.msg.text : entry.pending.text;
    const at = entry.msg ? entry.msg.at : entry.pending.createdAt;
    const status = entry.msg ? 'sent' : entry.pending.status;
    li.className = `msg msg--${role} msg--${kind} msg--${status}`;
    li.setAttribute('data-testid', 'message');
    li.dataset.role = role;
    li.dataset.messageId = entry.msg ? entry.msg.id : entry.pending.clientId;
    li.dataset.status = status;
    const clientId = entry.msg?.clientId ?? entry.pending?.clientId;
    if (clientId) li.dataset.clientId = clientId;
    else delete li.dataset.clientId;

    const who = role === 'customer' ? customerName() : t('chat.you');
    const bubble = h(
      'div',
      { class: 'msg__bubble' },
      kind === 'action' ? h('span', { class: 'msg__tag' }, t('chat.action')) : null,
      // Chat text is rendered as a Text node (white-space: pre-wrap keeps line breaks).
      h('p', { class: 'msg__text' }, kind === 'silence' && !text ? t('chat.silence') : text),
    );
    const meta = h(
      'div',
      { class: 'msg__meta' },
      h('span', { class: 'msg__who' }, who),
      h('time', { datetime: at, class: 'msg__time' }, formatTime(at)),
      statusLine(entry),
    );
    const extra: HTMLElement[] = [];
    if (entry.pending?.status === 'failed') {
      const item = entry.pending;
      extra.push(
        h(
          'div',
          { class: 'msg__error', role: 'alert', 'data-testid': 'message-error' },
          h(
            'span',
            null,
            t('chat.failed', {
              error:
                item.error === 'too_long'
                  ? t('chat.tooLong', { n: item.text.length, max: MAX_CHARS })
                  : errorText(item.error ?? 'unknown'),
            }),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn--small',
              'data-testid': 'retry-message',
              onclick: () => retry(item.clientId),
            },
            t('chat.retry'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn--small btn--ghost',
              onclick: () => discard(item.clientId),
            },
            t('chat.discard'),
          ),
        ),
      );
    }
    if (isCoach() && entry.msg?.role === 'customer' && entry.msg.hint) {
      extra.push(
        h(
          'div',
          { class: 'coach-tip', 'data-testid': 'hint' },
          icon('bulb', 'coach-tip__icon'),
          h(
            'div',
            null,
            h('strong', { class: 'coach-tip__title' }, t('chat.hint')),
            h('p', { class: 'coach-tip__text' }, entry.msg.hint),
          ),
        ),
      );
    }
    const fb = entry.msg && isCoach() && role === 'agent' ? feedback[entry.msg.id] : undefined;
    if (fb) extra.push(feedbackNote(fb));
    replace(
      li,
      h('div', { class: 'msg__row' }, h('div', { class: 'msg__col' }, bubble, meta)),
      extra,
    );
  }

  function signature(entry: Entry): string {
    if (entry.msg) {
      const m = entry.msg;
      return JSON.stringify([
        m.id,
        m.text,
        m.at,
        m.hint,
        m.kind,
        Boolean(feedback[m.id]),
        isCoach(),
      ]);
    }
    const p = entry.pending;
    return JSON.stringify([p.clientId, p.status, p.error, p.text]);
  }

  function nearBottom(): boolean {
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
  }

  function scrollToBottom(): void {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function renderMessages(forceScroll = false): void {
    const stick = forceScroll || nearBottom();
    const list_ = entries();
    const keep = new Set<string>();
    list_.forEach((entry, i) => {
      // A pending message that was just acknowledged keeps its element (no flicker).
      let node = nodes.get(entry.key);
      if (!node && entry.msg?.clientId) {
        const pendingKey = `c:${entry.msg.clientId}`;
        const pendingNode = nodes.get(pendingKey);
        if (pendingNode) {
          nodes.delete(pendingKey);
          node = pendingNode;
        }
      }
      if (!node) node = h('li', null);
      nodes.set(entry.key, node);
      keep.add(entry.key);
      const sig = signature(entry);
      if (signatures.get(node) !== sig) {
        fillNode(node, entry);
        signatures.set(node, sig);
      }
      if (list.children[i] !== node) list.insertBefore(node, list.children[i] ?? null);
    });
    for (const [key, node] of nodes) {
      if (!keep.has(key)) {
        node.remove();
        nodes.delete(key);
      }
    }
    emptyNote.hidden = list_.length > 0 || !typingEl.hidden;
    renderCoach();
    if (stick) scrollToBottom();
  }

  function renderCoach(): void {
    if (!attempt || !isCoach()) return;
    const sorted = sortedMessages();
    let mood = attempt.mood;
    let hint: string | undefined;
    for (const m of sorted) {
      // The mood after each line (the server puts it on agent lines too): the latest one counts.
      if (typeof m.mood === 'number') mood = m.mood;
      if (m.role === 'customer' && m.hint) hint = m.hint;
    }
    // Once the customer has finished, the last tip is about a conversation that is over.
    if (ended) hint = undefined;
    if (typeof mood === 'number') {
      const level = moodLevel(mood);
      const label = t(`chat.mood.${level}` as Key);
      const pct = Math.max(0, Math.min(100, mood));
      replace(
        moodBox,
        h(
          'div',
          { class: 'mood__head' },
          h('span', { class: 'mood__label', id: 'mood-label' }, t('chat.mood')),
          h('span', { class: `mood__value mood--${level}` }, label),
        ),
        h(
          'div',
          {
            class: 'mood__track',
            role: 'meter',
            'aria-labelledby': 'mood-label',
            'aria-valuemin': '0',
            'aria-valuemax': '100',
            'aria-valuenow': String(Math.round(pct)),
            'aria-valuetext': t('chat.moodValue', { label, n: Math.round(pct) }),
            'data-testid': 'mood-meter',
            'data-mood': String(Math.round(pct)),
          },
          h('div', { class: 'mood__fill', style: { width: `${pct}%` } }),
          h('div', { class: 'mood__marker', style: { left: `${pct}%` } }),
        ),
        h(
          'div',
          { class: 'mood__scale', 'aria-hidden': 'true' },
          h('span', null, t('chat.mood.0')),
          h('span', null, t('chat.mood.4')),
        ),
      );
    } else {
      replace(moodBox);
    }
    replace(
      hintBox,
      hint
        ? h(
            'div',
            { class: 'coach-tip coach-tip--panel' },
            icon('bulb', 'coach-tip__icon'),
            h(
              'div',
              null,
              h('strong', { class: 'coach-tip__title' }, t('chat.hint')),
              h('p', { class: 'coach-tip__text', lang: attempt.scenario.language }, hint),
            ),
          )
        : null,
    );
  }

  function setTyping(on: boolean): void {
    window.clearTimeout(typingTimer);
    typingEl.hidden = !on;
    emptyNote.hidden = messages.size > 0 || on;
    if (on) {
      const stick = nearBottom();
      replace(
        typingEl,
        h(
          'span',
          { class: 'typing__dots', 'aria-hidden': 'true' },
          h('span'),
          h('span'),
          h('span'),
        ),
        h('span', { class: 'typing__text' }, t('chat.typing', { name: customerName() })),
      );
      if (stick) scrollToBottom();
      // Safety net: never show "typing" forever if the message got lost (resume fills it in).
      typingTimer = window.setTimeout(() => {
        typingEl.hidden = true;
        void resume();
      }, 45000);
    }
  }

  function renderEnded(): void {
    if (!ended) {
      endedEl.hidden = true;
      if (closeBtn.parentElement !== headActions) headActions.append(closeBtn);
      return;
    }
    endedEl.hidden = false;
    // A green tick only for a satisfied customer in coach mode; an exam keeps the outcome hidden.
    const tone = isCoach() ? ended.outcome : 'neutral';
    endedEl.className = `ended-banner ended-banner--${tone}`;
    // The one Close chat button moves into the banner (there is only ever one `close-chat`).
    replace(
      endedEl,
      h(
        'span',
        { class: 'ended-banner__icon', 'aria-hidden': 'true' },
        tone === 'success' ? '✓' : tone === 'failure' ? '!' : 'i',
      ),
      h(
        'div',
        { class: 'ended-banner__text' },
        h('strong', null, t('chat.ended')),
        isCoach() ? h('span', null, t(`chat.endedOutcome.${ended.outcome}` as Key)) : null,
      ),
      closeBtn,
    );
    closeBtn.className = 'btn btn--primary';
  }

  function setOnline(online: boolean): void {
    offlineEl.hidden = online;
  }

  function buildLayout(a: AttemptDto): void {
    const s = a.scenario;
    title = t('chat.title', { name: s.persona?.name ?? '' });
    document.title = `${title} · Sparring`;
    emptyNote.textContent = t('chat.start', { name: s.persona?.name ?? '' });
    list.setAttribute('lang', s.language);
    list.setAttribute('aria-label', title);
    textarea.placeholder = t('chat.placeholder', { name: s.persona?.name ?? '' });
    textarea.setAttribute('lang', s.language);
    textarea.value = drafts.get(attemptId);
    updateCounter();

    replace(
      actionsRow,
      (s.actions ?? []).map((action) =>
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn--chip',
            'data-testid': 'action-button',
            'data-action': action.id,
            lang: s.language,
            onclick: () => sendAction(action.id, action.label),
          },
          action.label,
        ),
      ),
    );
    actionsRow.hidden = !(s.actions ?? []).length;

    const wide = window.matchMedia('(min-width: 900px)').matches;
    replace(
      side,
      a.mode === 'coach'
        ? h(
            'section',
            { class: 'side-card coach-card', 'data-testid': 'coach-panel' },
            moodBox,
            hintBox,
          )
        : null,
      h(
        'details',
        { class: 'side-card side-details', open: wide, 'data-testid': 'customer-card' },
        h('summary', null, t('chat.panel')),
        customerCard(s, 'h3'),
      ),
      h(
        'details',
        { class: 'side-card side-details' },
        h('summary', null, t('chat.briefToggle')),
        h('p', { class: 'brief-text', lang: s.language }, s.brief),
      ),
    );

    replace(
      dialog,
      h('h2', { id: 'confirm-title', class: 'dialog__title' }, t('chat.confirmTitle')),
      h('p', { id: 'confirm-text' }, t('chat.confirmText')),
      h(
        'div',
        { class: 'dialog__buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            autofocus: true,
            'data-testid': 'confirm-cancel',
            onclick: () => dialog.close(),
          },
          t('chat.confirmCancel'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn--danger',
            'data-testid': 'confirm-close',
            onclick: () => {
              dialog.close();
              void closeChat();
            },
          },
          t('chat.confirmClose'),
        ),
      ),
    );

    replace(
      el,
      h(
        'div',
        { class: 'chat-head' },
        h(
          'div',
          { class: 'chat-head__main' },
          h('a', { class: 'back-link back-link--small', href: '#/' }, '← ', t('brief.back')),
          h('h1', { class: 'chat-title', tabindex: '-1' }, title),
          h(
            'div',
            { class: 'chat-sub' },
            h('span', { lang: s.language }, s.title),
            modeBadge(a.mode),
          ),
        ),
        headActions,
      ),
      h(
        'div',
        { class: `chat-layout chat-layout--${a.mode}` },
        h(
          'div',
          { class: 'chat-main' },
          offlineEl,
          h('div', { class: 'chat-window' }, scroller, typingEl),
          endedEl,
          chatStatus,
          actionsRow,
          composer,
        ),
        side,
      ),
      dialog,
    );
    scroller.prepend(emptyNote);
    scroller.setAttribute('aria-label', title);
  }

  // --- server data ----------------------------------------------------------------------------

  function merge(list_: MessageDto[], live = false): void {
    for (const m of list_) {
      if (!m || typeof m.id !== 'string') continue;
      const isNew = !messages.has(m.id);
      messages.set(m.id, m);
      if (m.clientId && outbox.has(m.clientId)) outbox.remove(m.clientId);
      if (live && isNew && m.role === 'customer') {
        announce(t('chat.announce.customer', { name: customerName(), text: m.text }));
        if (isCoach() && m.hint)
          window.setTimeout(() => announce(t('chat.announce.hint', { text: m.hint ?? '' })), 1500);
      }
    }
    renderMessages();
  }

  function apply(a: AttemptDto): void {
    if (destroyed) return;
    const first = attempt === null;
    attempt = a;
    if (a.status === 'closed') {
      forgetAttempt(attemptId);
      navigate(`#/result/${encodeURIComponent(attemptId)}`, { replace: true });
      return;
    }
    const user = currentUser();
    if (user && a.id) currentAttempt.set(user.username, a.id);
    if (first) buildLayout(a);
    merge(a.messages ?? []);
    if (a.ending && !ended) ended = { ending: a.ending.name, outcome: a.ending.outcome };
    renderEnded();
    if (first) {
      // After the view is in the document: land on the composer unless focus is elsewhere.
      window.setTimeout(() => {
        if (destroyed) return;
        fitComposer();
        scrollToBottom();
        const active = document.activeElement;
        if (!active || active === document.body || !active.isConnected)
          textarea.focus({ preventScroll: true });
      }, 0);
    }
    void flush();
  }

  async function resume(): Promise<void> {
    if (resuming) {
      resumeAgain = true;
      return;
    }
    resuming = true;
    try {
      const res = await call('attempt:resume', { attemptId });
      replace(chatStatus);
      apply(res.attempt);
    } catch (err) {
      if (destroyed) return;
      const code = errorCode(err);
      if (code === 'not_found' || code === 'forbidden' || code === 'bad_request') {
        currentAttempt.clear(attemptId);
        replace(
          el,
          h('a', { class: 'back-link', href: '#/' }, '← ', t('brief.back')),
          errorBox(err),
        );
      } else if (code === 'unauthorized') {
        /* session handler takes over */
      } else if (!attempt) {
        replace(
          el,
          errorBox(err, () => void resume()),
        );
      } else if (socket.connected) {
        replace(
          chatStatus,
          errorBox(err, () => void resume()),
        );
      }
    } finally {
      resuming = false;
      if (resumeAgain && !destroyed) {
        resumeAgain = false;
        void resume();
      }
    }
  }

  /** Missing seq numbers mean we missed something: fetch everything again (merged by id). */
  function checkGaps(): void {
    const seqs = sortedMessages().map((m) => m.seq);
    const gap = seqs.some((s, i) => i > 0 && s > (seqs[i - 1] ?? s) + 1);
    const inFlight = outbox.list().some((i) => i.status === 'sending');
    if (gap && !inFlight) {
      window.clearTimeout(gapTimer);
      gapTimer = window.setTimeout(() => void resume(), 400);
    }
  }

  // --- sending --------------------------------------------------------------------------------

  /** Send the outbox in order, one at a time; stops when the connection drops. */
  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (!destroyed && socket.connected && attempt) {
        const next = outbox.list().find((i) => i.status === 'sending');
        if (!next) break;
        if (!(await sendItem(next))) break;
      }
    } finally {
      flushing = false;
    }
  }

  async function sendItem(item: OutboxItem): Promise<boolean> {
    try {
      if (item.kind === 'action') {
        const res = await call('agent:action', {
          attemptId,
          action: item.action ?? '',
          clientId: item.clientId,
        });
        outbox.remove(item.clientId);
        merge([{ ...res.message, clientId: res.message.clientId ?? item.clientId }]);
      } else {
        const res = await call('agent:message', {
          attemptId,
          text: item.text,
          clientId: item.clientId,
        });
        outbox.remove(item.clientId);
        if (res.scores) {
          feedback[res.message.id] = res.scores;
          feedbackStore.set(attemptId, res.message.id, res.scores);
        }
        merge([{ ...res.message, clientId: res.message.clientId ?? item.clientId }]);
      }
      checkGaps();
      return true;
    } catch (err) {
      if (destroyed) return false;
      const code = errorCode(err);
      // Offline: the message stays "sending" in the outbox and goes out after reconnect.
      if ((code === 'network' || code === 'timeout') && !socket.connected) return false;
      if (code === 'unauthorized') return false;
      if (!outbox.has(item.clientId)) return true;
      outbox.update(item.clientId, { status: 'failed', error: code });
      renderMessages();
      if (code === 'attempt_closed') void resume();
      return code !== 'timeout' && code !== 'rate_limited';
    }
  }

  function queue(item: OutboxItem): void {
    outbox.add(item);
    renderMessages(true);
    if (!socket.connected) setOnline(false);
    void flush();
  }

  /** The "too long" message under the composer (the counter keeps the live count). */
  function showTooLong(n: number): void {
    textarea.setAttribute('aria-invalid', 'true');
    replace(
      composerError,
      h(
        'p',
        { class: 'alert alert--error', role: 'alert', 'data-testid': 'composer-error' },
        t('chat.tooLong', { n, max: MAX_CHARS }),
      ),
    );
  }

  function sendText(): void {
    const text = textarea.value.trim();
    replace(composerError);
    if (!text) return;
    if (text.length > MAX_CHARS) {
      showTooLong(text.length);
      textarea.focus();
      return;
    }
    queue({
      clientId: uuid(),
      kind: 'text',
      text,
      createdAt: new Date().toISOString(),
      status: 'sending',
    });
    textarea.value = '';
    drafts.set(attemptId, '');
    updateCounter();
    textarea.focus();
  }

  function sendAction(action: string, label: string): void {
    if (closing) return;
    queue({
      clientId: uuid(),
      kind: 'action',
      action,
      text: label,
      createdAt: new Date().toISOString(),
      status: 'sending',
    });
  }

  function retry(clientId: string): void {
    outbox.update(clientId, { status: 'sending', error: undefined });
    renderMessages();
    void flush();
  }

  function discard(clientId: string): void {
    outbox.remove(clientId);
    renderMessages();
    textarea.focus();
  }

  function updateCounter(): void {
    const n = textarea.value.length;
    counter.textContent = t('chat.counter', { n, max: MAX_CHARS });
    counter.classList.toggle('composer__counter--warn', n > MAX_CHARS * 0.9);
    sendBtn.disabled = textarea.value.trim().length === 0 || closing;
    fitComposer();
  }

  /**
   * The message box as tall as its text, or its placeholder (a long name wraps on a phone), up to
   * 220 px. Only measurable in the document, so it runs again once the view is in and on resize.
   */
  function fitComposer(): void {
    if (!textarea.isConnected) return;
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight + 2, 220)}px`;
  }
  const onResize = () => fitComposer();
  window.addEventListener('resize', onResize);

  async function closeChat(): Promise<void> {
    if (closing) return;
    closing = true;
    closeBtn.disabled = true;
    closeBtn.textContent = t('chat.closing');
    replace(chatStatus);
    try {
      if (socket.connected) await flush();
      await call('attempt:close', { attemptId }, 20000);
      forgetAttempt(attemptId);
      navigate(`#/result/${encodeURIComponent(attemptId)}`);
    } catch (err) {
      if (errorCode(err) === 'attempt_closed') {
        forgetAttempt(attemptId);
        navigate(`#/result/${encodeURIComponent(attemptId)}`);
        return;
      }
      closing = false;
      closeBtn.disabled = false;
      closeBtn.textContent = t('chat.close');
      replace(
        chatStatus,
        h('p', { class: 'alert alert--error', role: 'alert' }, describeError(err)),
      );
      updateCounter();
    }
  }

  closeBtn.addEventListener('click', () => {
    if (ended) void closeChat();
    else dialog.showModal();
  });

  textarea.addEventListener('input', () => {
    drafts.set(attemptId, textarea.value);
    const over = textarea.value.trim().length > MAX_CHARS;
    // Said once when the text goes over the limit, gone as soon as it fits again.
    if (over && textarea.getAttribute('aria-invalid') !== 'true')
      showTooLong(textarea.value.trim().length);
    else if (!over) {
      textarea.removeAttribute('aria-invalid');
      replace(composerError);
    }
    updateCounter();
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      sendText();
    }
  });
  composer.addEventListener('submit', (e) => {
    e.preventDefault();
    sendText();
  });

  // --- socket events --------------------------------------------------------------------------

  const onTyping: ServerToClientEvents['customer:typing'] = (p) => {
    if (p?.attemptId === attemptId && attempt) setTyping(true);
  };
  const onCustomer: ServerToClientEvents['customer:message'] = (p) => {
    if (p?.attemptId !== attemptId || !attempt) return;
    setTyping(false);
    merge([p.message], true);
    checkGaps();
  };
  const onEnded: ServerToClientEvents['attempt:ended'] = (p) => {
    if (p?.attemptId !== attemptId || !attempt) return;
    if (!ended) announce(t('chat.ended'));
    ended = { ending: p.ending, outcome: p.outcome };
    renderEnded();
    renderCoach();
  };
  const onConnect = (): void => {
    setOnline(true);
    if (everDisconnected) toast(t('chat.reconnected'));
    everDisconnected = false;
    void resume();
  };
  const onDisconnect = (): void => {
    everDisconnected = true;
    setOnline(false);
  };

  socket.on('customer:typing', onTyping);
  socket.on('customer:message', onCustomer);
  socket.on('attempt:ended', onEnded);
  socket.on('connect', onConnect);
  socket.on('disconnect', onDisconnect);

  const handed = takeHandoff(attemptId);
  if (handed) apply(handed);
  if (socket.connected) {
    if (!handed) void resume();
  } else {
    // Not connected yet (page load) or offline: `connect` will resume and flush.
    window.setTimeout(() => {
      if (!destroyed && !socket.connected) {
        everDisconnected = true;
        setOnline(false);
        if (!attempt) replace(el, offlineEl, loading());
      }
    }, 2500);
  }

  return {
    el,
    get title() {
      return title;
    },
    destroy: () => {
      destroyed = true;
      window.removeEventListener('resize', onResize);
      window.clearTimeout(typingTimer);
      window.clearTimeout(gapTimer);
      socket.off('customer:typing', onTyping);
      socket.off('customer:message', onCustomer);
      socket.off('attempt:ended', onEnded);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      if (dialog.open) dialog.close();
    },
  };
}
