/** Sparring browser UI: the shell (header, live regions) and a tiny hash router. */
import './styles.css';
import { h, replace } from './dom';
import { LANGS, lang, onLangChange, setLang, t, type Key, type Lang } from './i18n';
import { currentUser, loadMe, logout, onUserChange, setExpiredHandler } from './session';
import { navigate, rememberTarget, setLoginNotice, setRenderer } from './nav';
import { mayLeave, mustAsk, releaseLeaveGuard } from './leave-guard';
import { errorBox, loading, toast } from './ui';
import { loginView } from './views/login';
import { pickerView } from './views/picker';
import { briefView } from './views/brief';
import { chatView } from './views/chat';
import { scorecardView } from './views/scorecard';
import { attemptsView } from './views/attempts';
import { usersView } from './views/users';
import { accountView } from './views/account';
import { libraryView } from './views/library';
import { editorView } from './views/editor';
import { reviewListView, reviewAttemptView } from './views/review';
import { dashboardView } from './views/dashboard';
import { traineeReportView } from './views/trainee-report';
import { can, CAN } from './staff';
import type { Role } from '../../server/contracts/events';

export interface View {
  el: HTMLElement;
  /** The document title (without the app name). */
  title: string;
  destroy?: () => void;
}

type Route =
  | { name: 'login' }
  | { name: 'picker' }
  | { name: 'brief'; id: string }
  | { name: 'chat'; id: string }
  | { name: 'result'; id: string }
  | { name: 'attempts' }
  | { name: 'users' }
  | { name: 'account' }
  | { name: 'library' }
  | { name: 'editor'; id: string | null }
  | { name: 'review' }
  | { name: 'review-attempt'; id: string }
  | { name: 'dashboard' }
  | { name: 'trainee'; username: string }
  | { name: 'notfound' };

/** `#/path/parts?query`: the query (filters) is read by the views themselves (staff.ts). */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0]!.replace(/^\/?/, '/');
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { name: 'notfound' };
  }
  const [head, id] = parts;
  if (!head) return { name: 'picker' };
  if (head === 'login' && parts.length === 1) return { name: 'login' };
  if (head === 'attempts' && parts.length === 1) return { name: 'attempts' };
  if (head === 'users' && parts.length === 1) return { name: 'users' };
  if (head === 'account' && parts.length === 1) return { name: 'account' };
  if (head === 'library' && parts.length === 1) return { name: 'library' };
  if (head === 'library' && id === 'new' && parts.length === 2) return { name: 'editor', id: null };
  if (head === 'library' && id === 'edit' && parts[2] && parts.length === 3)
    return { name: 'editor', id: parts[2] };
  if (head === 'review' && parts.length === 1) return { name: 'review' };
  if (head === 'review' && id && parts.length === 2) return { name: 'review-attempt', id };
  if (head === 'dashboard' && parts.length === 1) return { name: 'dashboard' };
  if (head === 'trainee' && id && parts.length === 2) return { name: 'trainee', username: id };
  if (head === 'scenario' && id && parts.length === 2) return { name: 'brief', id };
  if (head === 'attempt' && id && parts.length === 2) return { name: 'chat', id };
  if (head === 'result' && id && parts.length === 2) return { name: 'result', id };
  return { name: 'notfound' };
}

// --- shell ----------------------------------------------------------------------------------

const root = document.getElementById('app')!;
const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
const nav = h('nav', { class: 'nav', 'aria-label': '' });

/**
 * On a phone the navigation is one row that scrolls sideways; a fade on the side where more links
 * are hidden says so (`nav--more-start` / `nav--more-end` in styles.css).
 */
function markNavOverflow(): void {
  const more = nav.scrollWidth - nav.clientWidth;
  nav.classList.toggle('nav--more-start', more > 1 && nav.scrollLeft > 1);
  nav.classList.toggle('nav--more-end', more > 1 && nav.scrollLeft < more - 1);
}
nav.addEventListener('scroll', markNavOverflow, { passive: true });
window.addEventListener('resize', markNavOverflow);
const userBox = h('div', { class: 'userbox' });
const langSelect = h('select', {
  class: 'lang-switch',
  'data-testid': 'lang-switch',
  onchange: (e: Event) => setLang((e.target as HTMLSelectElement).value as Lang),
});
const skip = h('a', { class: 'skip-link', href: '#main' });
skip.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

const header = h(
  'header',
  { class: 'topbar' },
  h(
    'div',
    { class: 'topbar__inner' },
    h(
      'a',
      { class: 'brand', href: '#/' },
      h('span', { class: 'brand__mark', 'aria-hidden': 'true' }, 'S'),
      h('span', { class: 'brand__name' }, 'Sparring'),
    ),
    nav,
    h('div', { class: 'topbar__right' }, h('label', { class: 'lang' }, langSelect), userBox),
  ),
);

root.append(
  skip,
  header,
  main,
  h('div', { id: 'announcer', class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' }),
  h('div', { id: 'toasts', class: 'toasts' }),
);

function renderShell(): void {
  document.documentElement.lang = lang();
  skip.textContent = t('app.skip');
  nav.setAttribute('aria-label', t('nav.main'));
  langSelect.setAttribute('aria-label', t('nav.language'));
  replace(
    langSelect,
    LANGS.map((l) =>
      h('option', { value: l, selected: l === lang() }, l === 'en' ? 'English' : 'Русский'),
    ),
  );
  langSelect.value = lang();
  const user = currentUser();
  document.body.dataset.auth = user ? 'in' : 'out';
  const route = parseRoute(location.hash);
  const link = (href: string, key: Key, testid: string, active: boolean) =>
    h(
      'a',
      {
        href,
        class: active ? 'nav__link nav__link--active' : 'nav__link',
        'data-testid': testid,
        'aria-current': active ? 'page' : null,
      },
      t(key),
    );
  replace(
    nav,
    user
      ? [
          link(
            '#/',
            'nav.scenarios',
            'scenarios-link',
            route.name === 'picker' || route.name === 'brief',
          ),
          link('#/attempts', 'nav.attempts', 'attempts-link', route.name === 'attempts'),
          can(user, 'manageLibrary')
            ? link(
                '#/library',
                'nav.library',
                'nav-library',
                route.name === 'library' || route.name === 'editor',
              )
            : null,
          can(user, 'dashboards')
            ? link(
                '#/review',
                'nav.review',
                'nav-review',
                route.name === 'review' || route.name === 'review-attempt',
              )
            : null,
          can(user, 'dashboards')
            ? link(
                '#/dashboard',
                'nav.dashboard',
                'nav-dashboard',
                route.name === 'dashboard' || route.name === 'trainee',
              )
            : null,
          user.role === 'admin'
            ? link('#/users', 'nav.users', 'users-link', route.name === 'users')
            : null,
        ]
      : [],
  );
  // The current page's link in sight, then the fades for whatever is still out of it.
  requestAnimationFrame(() => {
    const active = nav.querySelector<HTMLElement>('.nav__link--active');
    if (active && nav.scrollWidth > nav.clientWidth) {
      const a = active.getBoundingClientRect();
      const n = nav.getBoundingClientRect();
      nav.scrollLeft += a.left - n.left - (n.width - a.width) / 2;
    }
    markNavOverflow();
  });
  replace(
    userBox,
    user
      ? [
          // The account menu: who is signed in, and their own password.
          h(
            'a',
            {
              href: '#/account',
              class:
                route.name === 'account' ? 'userbox__name userbox__name--active' : 'userbox__name',
              title: `${t('nav.signedInAs', { name: user.username })} · ${t('nav.account')}`,
              'aria-label': `${user.username}: ${t('nav.account')}`,
              'aria-current': route.name === 'account' ? 'page' : null,
              'data-testid': 'account-link',
            },
            h('span', { class: 'avatar', 'aria-hidden': 'true' }, user.username.slice(0, 1)),
            h('span', { class: 'userbox__label' }, user.username),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn--ghost btn--small',
              'data-testid': 'logout',
              onclick: () => void doLogout(),
            },
            t('nav.logout'),
          ),
        ]
      : [],
  );
}

async function doLogout(): Promise<void> {
  if (!(await mayLeave('#/login'))) return;
  try {
    await logout();
  } catch {
    /* signed out locally either way */
  }
  setLoginNotice('login.loggedOut');
  navigate('#/login');
}

// --- router ---------------------------------------------------------------------------------

let currentView: View | null = null;
let booted = false;
let renderSeq = 0;

async function render(): Promise<void> {
  const seq = ++renderSeq;
  const route = parseRoute(location.hash);
  if (!booted) {
    replace(main, loading());
    try {
      await loadMe();
      booted = true;
    } catch (err) {
      if (seq !== renderSeq) return;
      replace(
        main,
        errorBox(err, () => void render()),
      );
      return;
    }
    if (seq !== renderSeq) return;
  }
  const user = currentUser();
  if (!user && route.name !== 'login') {
    rememberTarget(location.hash || '#/');
    history.replaceState(null, '', '#/login');
    return render();
  }
  if (user && route.name === 'login') {
    history.replaceState(null, '', '#/');
    return render();
  }
  currentView?.destroy?.();
  currentView = null;
  renderShell();
  const view = makeView(route);
  currentView = view;
  document.title = `${view.title} · Sparring`;
  document.body.dataset.route = route.name;
  replace(main, view.el);
  // Move focus to the page heading so keyboard and screen-reader users start at the top.
  const heading = main.querySelector<HTMLElement>('h1[tabindex="-1"]');
  if (heading && route.name !== 'login' && route.name !== 'chat')
    heading.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function makeView(route: Route): View {
  switch (route.name) {
    case 'login':
      return loginView();
    case 'picker':
      return pickerView();
    case 'brief':
      return briefView(route.id);
    case 'chat':
      return chatView(route.id);
    case 'result':
      return scorecardView(route.id);
    case 'attempts':
      return attemptsView();
    case 'users':
      return usersView();
    case 'account':
      return accountView();
    case 'library':
      return guarded(CAN.manageLibrary, libraryView);
    case 'editor':
      return guarded(CAN.manageLibrary, () => editorView(route.id));
    case 'review':
      return guarded(CAN.dashboards, reviewListView);
    case 'review-attempt':
      return guarded(CAN.dashboards, () => reviewAttemptView(route.id));
    case 'dashboard':
      return guarded(CAN.dashboards, dashboardView);
    case 'trainee':
      return guarded(CAN.dashboards, () => traineeReportView(route.username));
    case 'notfound':
      return {
        title: t('common.notFound'),
        el: h(
          'section',
          { class: 'page narrow' },
          h('h1', { class: 'page-title', tabindex: '-1' }, t('common.notFound')),
          h('a', { class: 'btn btn--primary', href: '#/' }, t('common.home')),
        ),
      };
  }
}

/** A staff screen, or a polite refusal for roles that may not use it. */
function guarded(roles: Role[], make: () => View): View {
  const user = currentUser();
  if (user && roles.includes(user.role)) return make();
  return {
    title: t('error.forbidden'),
    el: h(
      'section',
      { class: 'page narrow' },
      h('h1', { class: 'page-title', tabindex: '-1' }, t('error.forbidden')),
      h('p', { class: 'page-sub' }, t('staff.forbiddenHelp')),
      h(
        'a',
        { class: 'btn btn--primary', href: '#/', style: { marginTop: '16px' } },
        t('common.home'),
      ),
    ),
  };
}

setExpiredHandler((reason) => {
  // No question: the session is over. What the view keeps for later (a draft) is there after login.
  releaseLeaveGuard();
  setLoginNotice(
    reason === 'account-disabled'
      ? 'login.disabled'
      : reason === 'password-changed'
        ? 'login.passwordChanged'
        : 'login.expired',
  );
  if (parseRoute(location.hash).name !== 'login') rememberTarget(location.hash || '#/');
  navigate('#/login');
});
setRenderer(() => void render());

onUserChange(() => {
  // Notices belong to the previous user's screens.
  const toasts = document.getElementById('toasts');
  if (toasts) replace(toasts);
  renderShell();
});
onLangChange(() => void render());

/** Go to `target` once the view being left agrees (it may ask the user first). */
function leaveTo(target: string): void {
  void mayLeave(target).then((leave) => {
    if (leave) navigate(target);
  });
}
// A link in the app: a view with unsaved work is asked before the address changes.
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
    return;
  const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
  const target = link?.getAttribute('href');
  if (!target || link!.hasAttribute('target') || target === location.hash || !mustAsk(target))
    return;
  e.preventDefault();
  leaveTo(target);
});
window.addEventListener('hashchange', (e) => {
  const target = location.hash;
  if (!mustAsk(target)) return void render();
  // Back, Forward or a typed address: the page stays put while the user decides.
  history.pushState(null, '', new URL(e.oldURL).hash || '#/');
  leaveTo(target);
});
window.addEventListener('offline', () => toast(t('error.network'), 'error'));

renderShell();
void render();
