/**
 * A view with unsaved work registers a guard; before any in-app navigation away from it (a link,
 * Back, signing out) the router asks the guard what to ask the user, shows that in a dialog, and
 * goes on only if the user agrees. A reload or closing the tab is the browser's `beforeunload`.
 */
import { h, replace } from './dom';

/** What the dialog says: in the interface language, worded by the view that has the work. */
export interface Question {
  title: string;
  text: string;
  /** The button that goes on (leaves, discards). */
  go: string;
  /** The button that stays (the default). */
  stay: string;
  /** Going on loses the work: the button says so by its colour. */
  loses: boolean;
}

export interface LeaveGuard {
  /** What to ask before going to `target` (a `#/…` hash), or null when nothing would be lost. */
  ask(target: string): Question | null;
  /** The user agreed to go to `target`. */
  leaving?(target: string): void;
}

let guard: LeaveGuard | null = null;
let dialog: HTMLDialogElement | null = null;
let pending: ((leave: boolean) => void) | null = null;

/** Register the current view's guard; the returned function removes it (call it on destroy). */
export function guardLeave(g: LeaveGuard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

/** Whether going to `target` needs the user's word first. */
export function mustAsk(target: string): boolean {
  return !!guard?.ask(target);
}

/**
 * Resolves true when the app may go to `target`: nothing would be lost, or the user agreed (the
 * guard is then told and dropped, so the navigation that follows is not asked about again).
 */
export function mayLeave(target: string): Promise<boolean> {
  const g = guard;
  const question = g?.ask(target);
  if (!g || !question) return Promise.resolve(true);
  return askUser(question).then((leave) => {
    if (leave && guard === g) {
      guard = null;
      g.leaving?.(target);
    }
    return leave;
  });
}

/** Drop the guard without asking (the session ended): what the view keeps for later stays. */
export function releaseLeaveGuard(): void {
  guard = null;
  settle(false);
  if (dialog?.open) dialog.close();
}

function settle(leave: boolean): void {
  const resolve = pending;
  pending = null;
  resolve?.(leave);
}

/** Ask one question in the app's dialog: resolves true when the user chooses to go on. */
export function askUser(q: Question): Promise<boolean> {
  settle(false);
  dialog ??= document.body.appendChild(
    h('dialog', {
      class: 'dialog',
      'data-testid': 'leave-dialog',
      'aria-labelledby': 'leave-title',
      'aria-describedby': 'leave-text',
      // Escape or closing it any other way means staying.
      onclose: () => settle(false),
    }),
  );
  const d = dialog;
  const button = (label: string, leave: boolean, attrs: Record<string, string | boolean>) =>
    h(
      'button',
      {
        type: 'button',
        ...attrs,
        onclick: () => {
          settle(leave);
          d.close();
        },
      },
      label,
    );
  replace(
    d,
    h('h2', { id: 'leave-title', class: 'dialog__title' }, q.title),
    h('p', { id: 'leave-text' }, q.text),
    h(
      'div',
      { class: 'dialog__buttons' },
      button(q.stay, false, { class: 'btn', autofocus: true, 'data-testid': 'leave-stay' }),
      button(q.go, true, {
        class: q.loses ? 'btn btn--danger' : 'btn btn--primary',
        'data-testid': 'leave-go',
      }),
    ),
  );
  return new Promise((resolve) => {
    pending = resolve;
    if (!d.open) d.showModal();
  });
}
