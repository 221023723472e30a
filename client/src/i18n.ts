/** UI strings in English and Russian. The chat itself follows the scenario's language. */
import type { ErrorCode } from '../../server/contracts/errors';
import { storage } from './dom';

export type Lang = 'en' | 'ru';

const en = {
  'app.name': 'Sparring',
  'app.tagline': 'Practice difficult customers before they are real.',
  'app.skip': 'Skip to content',
  'nav.scenarios': 'Scenarios',
  'nav.attempts': 'My attempts',
  'nav.users': 'Users',
  'nav.logout': 'Log out',
  'nav.language': 'Interface language',
  'nav.main': 'Main',
  'nav.signedInAs': 'Signed in as {name}',

  'login.title': 'Sign in',
  'login.subtitle': 'Sign in to start a practice chat.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.badCredentials': 'Wrong username or password.',
  'login.rateLimited': 'Too many sign-in attempts. Wait a minute and try again.',
  'login.required': 'Enter your username and password.',
  'login.expired': 'Your session has expired. Please sign in again.',
  'login.loggedOut': 'You have signed out.',

  'picker.title': 'Choose a customer',
  'picker.subtitle': 'Each scenario is a scripted customer. Read the brief, then start a chat.',
  'picker.filterLanguage': 'Language',
  'picker.filterDifficulty': 'Difficulty',
  'picker.filterTag': 'Tag',
  'picker.any': 'Any',
  'picker.reset': 'Reset filters',
  'picker.count': '{n} of {total} scenarios',
  'picker.empty': 'No scenario matches these filters.',
  'picker.none': 'The scenario library is empty.',
  'picker.invalid': 'Unavailable: the scenario has errors',
  'picker.open': 'Open',
  'picker.difficulty': 'Difficulty {n} of 5',
  'picker.resume': 'You have an unfinished chat.',
  'lang.en': 'English',
  'lang.ru': 'Russian',

  'brief.back': 'All scenarios',
  'brief.title': 'Brief',
  'brief.customerCard': 'Customer card',
  'brief.customer': 'Customer',
  'brief.actions': 'Actions you can take in the chat',
  'brief.mode': 'Mode',
  'brief.coach': 'Coach',
  'brief.coachDesc': 'Live hints after each reply, a mood meter and feedback on every message.',
  'brief.exam': 'Exam',
  'brief.examDesc': 'No hints, no mood meter: just you and the customer. Scored at the end.',
  'brief.start': 'Start chat',
  'brief.starting': 'Starting…',
  'brief.invalid': 'This scenario has errors and cannot be started.',

  'chat.title': 'Chat with {name}',
  'chat.mode.coach': 'Coach mode',
  'chat.mode.exam': 'Exam mode',
  'chat.you': 'You',
  'chat.typing': '{name} is typing…',
  'chat.composer': 'Your reply',
  'chat.composerHelp': 'Enter sends, Shift+Enter adds a new line.',
  'chat.placeholder': 'Write to {name}…',
  'chat.send': 'Send',
  'chat.counter': '{n} / {max}',
  'chat.tooLong': 'The message is too long ({n} of {max} characters).',
  'chat.sending': 'Sending…',
  'chat.sent': 'Sent',
  'chat.failed': 'Not sent: {error}',
  'chat.retry': 'Retry',
  'chat.discard': 'Discard',
  'chat.actions': 'Actions',
  'chat.action': 'Action',
  'chat.silence': '(no reply)',
  'chat.close': 'Close chat',
  'chat.closing': 'Closing…',
  'chat.ended': 'The customer has finished — close the chat when you’re done.',
  'chat.endedOutcome.success': 'The customer is satisfied.',
  'chat.endedOutcome.failure': 'The customer left unhappy.',
  'chat.endedOutcome.neutral': 'The conversation has reached its end.',
  'chat.confirmTitle': 'Close the chat now?',
  'chat.confirmText':
    'The customer is not finished yet. Closing before the customer is satisfied counts as a premature close and lowers your closure score.',
  'chat.confirmClose': 'Close anyway',
  'chat.confirmCancel': 'Keep chatting',
  'chat.offline': 'Connection lost. Reconnecting… Your messages are kept and will be sent.',
  'chat.reconnected': 'Reconnected.',
  'chat.mood': 'Customer mood',
  'chat.mood.0': 'Calm',
  'chat.mood.1': 'Uneasy',
  'chat.mood.2': 'Irritated',
  'chat.mood.3': 'Angry',
  'chat.mood.4': 'Furious',
  'chat.moodValue': '{label} ({n} of 100)',
  'chat.moodHelp': '0 is calm, 100 is furious.',
  'chat.hint': 'Coach tip',
  'chat.feedback': 'Feedback on this reply',
  'chat.noFindings': 'Nothing to flag in this reply.',
  'chat.suggest': 'Try: “{text}”',
  'chat.announce.customer': '{name}: {text}',
  'chat.announce.hint': 'Coach tip: {text}',
  'chat.panel': 'Customer card',
  'chat.briefToggle': 'Brief',
  'chat.closed': 'This chat is closed.',
  'chat.start': 'The chat has started. Say hello to {name}.',

  'score.title': 'Scorecard',
  'score.outcome.success': 'Resolved: the customer is satisfied',
  'score.outcome.failure': 'Not resolved: the customer left unhappy',
  'score.outcome.neutral': 'Ended without a clear result',
  'score.closedEarly': 'Closed before the customer was finished (premature close).',
  'score.patience': 'Patience',
  'score.positive_phrasing': 'Positive phrasing',
  'score.closure': 'Closure',
  'score.overall': 'Overall',
  'score.patienceHelp': 'Listening, staying calm and not rushing or dismissing the customer.',
  'score.positiveHelp': 'Saying what you can do and when, instead of what you can’t.',
  'score.closureHelp': 'Summarising, checking everything is fine and thanking the customer.',
  'score.closureNull': 'There was no closing phase to judge.',
  'score.overallHelp': 'The weighted result across all dimensions.',
  'score.transcript': 'Transcript',
  'score.transcriptHelp':
    'Highlighted phrases are findings: select one to see what was noticed and a better wording. Colour shows the dimension; a wavy underline cost points, a dotted one earned them.',
  'score.findings': 'Findings',
  'score.noFindings': 'No findings in this dimension.',
  'score.deduction': 'Deduction',
  'score.credit': 'Credit',
  'score.points': '{n} pts',
  'score.suggestion': 'Better wording',
  'score.wholeReply': 'Whole reply',
  'score.showInTranscript': 'Show in transcript',
  'score.retry': 'Try again',
  'score.back': 'Back',
  'score.notClosed': 'This attempt is not closed yet.',
  'score.continue': 'Continue the chat',
  'score.mode': 'Mode: {mode}',
  'score.date': 'Started {date}',
  'score.legend': 'Legend',
  'score.scorer': 'Scorer {name}',
  'score.selectHint': 'Select a highlighted phrase to see the details here.',
  'score.inMessage': 'In your reply',

  'attempts.title': 'My attempts',
  'attempts.subtitle': 'Your practice history and how your overall score develops.',
  'attempts.empty': 'No attempts yet. Pick a scenario to start practising.',
  'attempts.scenario': 'Scenario',
  'attempts.date': 'Date',
  'attempts.mode': 'Mode',
  'attempts.outcome': 'Outcome',
  'attempts.user': 'Trainee',
  'attempts.status.active': 'In progress',
  'attempts.status.ended': 'Waiting to be closed',
  'attempts.open': 'Open',
  'attempts.colPositive': 'Positive',
  'attempts.chart': 'Overall score over time',
  'attempts.chartEmpty': 'The chart appears after your first closed attempt.',
  'attempts.chartDesc': 'Line chart of {n} closed attempts, from {first} to {last}.',
  'outcome.success': 'Resolved',
  'outcome.failure': 'Not resolved',
  'outcome.neutral': 'Neutral',
  'mode.coach': 'Coach',
  'mode.exam': 'Exam',

  'users.title': 'Users',
  'users.subtitle': 'Accounts that can sign in to Sparring.',
  'users.username': 'Username',
  'users.password': 'Password',
  'users.role': 'Role',
  'users.created': 'Created',
  'users.create': 'Create user',
  'users.creating': 'Creating…',
  'users.createTitle': 'New user',
  'users.createdOk': 'User {name} created.',
  'users.exists': 'A user with this name already exists.',
  'users.empty': 'No users.',
  'users.passwordHelp': '8 to 200 characters.',
  'users.usernameHelp': '2 to 64 letters, digits, “.”, “_”, “@” or “-”.',
  'users.forbidden': 'Only administrators can manage users.',
  'role.trainee': 'Trainee',
  'role.trainer': 'Trainer',
  'role.hr': 'HR',
  'role.admin': 'Administrator',

  'common.loading': 'Loading…',
  'common.reload': 'Reload',
  'common.dismiss': 'Dismiss',
  'common.notFound': 'Page not found.',
  'common.home': 'Go to scenarios',

  'error.network': 'Cannot reach the server. Check your connection and try again.',
  'error.timeout': 'The server did not answer in time. Try again.',
  'error.unknown': 'Something went wrong. Try again.',
  'error.bad_request': 'The request was not accepted. Check what you entered.',
  'error.unauthorized': 'Your session has expired. Please sign in again.',
  'error.forbidden': 'You do not have access to this.',
  'error.not_found': 'Not found. It may have been removed.',
  'error.conflict': 'This conflicts with something that already exists.',
  'error.too_long': 'This is too long.',
  'error.rate_limited': 'Too many requests. Slow down and try again in a moment.',
  'error.attempt_closed': 'This chat is already closed.',
  'error.scenario_invalid': 'This scenario has errors and cannot be used.',
  'error.storage_unavailable': 'The server cannot save right now. Try again shortly.',
  'error.internal': 'The server ran into a problem. Try again.',
};

export type Key = keyof typeof en;

const ru: Record<Key, string> = {
  'app.name': 'Sparring',
  'app.tagline': 'Тренируйтесь на трудных клиентах до того, как они станут настоящими.',
  'app.skip': 'Перейти к содержимому',
  'nav.scenarios': 'Сценарии',
  'nav.attempts': 'Мои попытки',
  'nav.users': 'Пользователи',
  'nav.logout': 'Выйти',
  'nav.language': 'Язык интерфейса',
  'nav.main': 'Основное',
  'nav.signedInAs': 'Вы вошли как {name}',

  'login.title': 'Вход',
  'login.subtitle': 'Войдите, чтобы начать тренировочный чат.',
  'login.username': 'Имя пользователя',
  'login.password': 'Пароль',
  'login.submit': 'Войти',
  'login.submitting': 'Входим…',
  'login.badCredentials': 'Неверное имя пользователя или пароль.',
  'login.rateLimited': 'Слишком много попыток входа. Подождите минуту и попробуйте снова.',
  'login.required': 'Введите имя пользователя и пароль.',
  'login.expired': 'Сеанс истёк. Войдите снова.',
  'login.loggedOut': 'Вы вышли из системы.',

  'picker.title': 'Выберите клиента',
  'picker.subtitle': 'Каждый сценарий — клиент по сценарию. Прочитайте вводную и начните чат.',
  'picker.filterLanguage': 'Язык',
  'picker.filterDifficulty': 'Сложность',
  'picker.filterTag': 'Тег',
  'picker.any': 'Любой',
  'picker.reset': 'Сбросить фильтры',
  'picker.count': 'Сценариев: {n} из {total}',
  'picker.empty': 'Нет сценариев с такими фильтрами.',
  'picker.none': 'Библиотека сценариев пуста.',
  'picker.invalid': 'Недоступен: в сценарии есть ошибки',
  'picker.open': 'Открыть',
  'picker.difficulty': 'Сложность {n} из 5',
  'picker.resume': 'У вас есть незавершённый чат.',
  'lang.en': 'Английский',
  'lang.ru': 'Русский',

  'brief.back': 'Все сценарии',
  'brief.title': 'Вводная',
  'brief.customerCard': 'Карточка клиента',
  'brief.customer': 'Клиент',
  'brief.actions': 'Действия, доступные в чате',
  'brief.mode': 'Режим',
  'brief.coach': 'Тренировка',
  'brief.coachDesc': 'Подсказки после каждого ответа, шкала настроения и разбор каждого сообщения.',
  'brief.exam': 'Экзамен',
  'brief.examDesc': 'Без подсказок и шкалы настроения: только вы и клиент. Оценка — в конце.',
  'brief.start': 'Начать чат',
  'brief.starting': 'Запускаем…',
  'brief.invalid': 'В сценарии есть ошибки, его нельзя запустить.',

  'chat.title': 'Чат: {name}',
  'chat.mode.coach': 'Режим «Тренировка»',
  'chat.mode.exam': 'Режим «Экзамен»',
  'chat.you': 'Вы',
  'chat.typing': '{name} печатает…',
  'chat.composer': 'Ваш ответ',
  'chat.composerHelp': 'Enter — отправить, Shift+Enter — новая строка.',
  'chat.placeholder': 'Напишите: {name}…',
  'chat.send': 'Отправить',
  'chat.counter': '{n} / {max}',
  'chat.tooLong': 'Сообщение слишком длинное ({n} из {max} символов).',
  'chat.sending': 'Отправляется…',
  'chat.sent': 'Отправлено',
  'chat.failed': 'Не отправлено: {error}',
  'chat.retry': 'Повторить',
  'chat.discard': 'Удалить',
  'chat.actions': 'Действия',
  'chat.action': 'Действие',
  'chat.silence': '(нет ответа)',
  'chat.close': 'Закрыть чат',
  'chat.closing': 'Закрываем…',
  'chat.ended': 'Клиент закончил разговор — закройте чат, когда будете готовы.',
  'chat.endedOutcome.success': 'Клиент доволен.',
  'chat.endedOutcome.failure': 'Клиент ушёл недовольным.',
  'chat.endedOutcome.neutral': 'Разговор подошёл к концу.',
  'chat.confirmTitle': 'Закрыть чат сейчас?',
  'chat.confirmText':
    'Клиент ещё не закончил. Если закрыть чат до того, как клиент доволен, это считается преждевременным закрытием и снижает оценку за завершение.',
  'chat.confirmClose': 'Всё равно закрыть',
  'chat.confirmCancel': 'Продолжить чат',
  'chat.offline': 'Связь потеряна. Переподключаемся… Ваши сообщения сохранены и будут отправлены.',
  'chat.reconnected': 'Связь восстановлена.',
  'chat.mood': 'Настроение клиента',
  'chat.mood.0': 'Спокоен',
  'chat.mood.1': 'Насторожен',
  'chat.mood.2': 'Раздражён',
  'chat.mood.3': 'Зол',
  'chat.mood.4': 'В ярости',
  'chat.moodValue': '{label} ({n} из 100)',
  'chat.moodHelp': '0 — спокоен, 100 — в ярости.',
  'chat.hint': 'Подсказка тренера',
  'chat.feedback': 'Разбор ответа',
  'chat.noFindings': 'В этом ответе замечаний нет.',
  'chat.suggest': 'Лучше: «{text}»',
  'chat.announce.customer': '{name}: {text}',
  'chat.announce.hint': 'Подсказка тренера: {text}',
  'chat.panel': 'Карточка клиента',
  'chat.briefToggle': 'Вводная',
  'chat.closed': 'Этот чат закрыт.',
  'chat.start': 'Чат начался. Поздоровайтесь: {name}.',

  'score.title': 'Оценка',
  'score.outcome.success': 'Решено: клиент доволен',
  'score.outcome.failure': 'Не решено: клиент ушёл недовольным',
  'score.outcome.neutral': 'Завершено без явного результата',
  'score.closedEarly': 'Чат закрыт до того, как клиент закончил (преждевременное закрытие).',
  'score.patience': 'Терпение',
  'score.positive_phrasing': 'Позитивные формулировки',
  'score.closure': 'Завершение',
  'score.overall': 'Итог',
  'score.patienceHelp':
    'Выслушать, сохранять спокойствие, не торопить и не отмахиваться от клиента.',
  'score.positiveHelp': 'Говорить, что и когда вы можете сделать, а не чего не можете.',
  'score.closureHelp': 'Подвести итог, убедиться, что всё в порядке, и поблагодарить клиента.',
  'score.closureNull': 'Фазы завершения не было — оценивать нечего.',
  'score.overallHelp': 'Взвешенный результат по всем критериям.',
  'score.transcript': 'Переписка',
  'score.transcriptHelp':
    'Выделенные фразы — замечания: выберите фразу, чтобы увидеть, что замечено и как сказать лучше. Цвет — критерий; волнистое подчёркивание сняло баллы, пунктирное — добавило.',
  'score.findings': 'Замечания',
  'score.noFindings': 'По этому критерию замечаний нет.',
  'score.deduction': 'Минус',
  'score.credit': 'Плюс',
  'score.points': '{n} б.',
  'score.suggestion': 'Лучше сказать',
  'score.wholeReply': 'Весь ответ',
  'score.showInTranscript': 'Показать в переписке',
  'score.retry': 'Попробовать снова',
  'score.back': 'Назад',
  'score.notClosed': 'Эта попытка ещё не закрыта.',
  'score.continue': 'Продолжить чат',
  'score.mode': 'Режим: {mode}',
  'score.date': 'Начато {date}',
  'score.legend': 'Обозначения',
  'score.scorer': 'Оценщик {name}',
  'score.selectHint': 'Выберите выделенную фразу, чтобы увидеть подробности здесь.',
  'score.inMessage': 'В вашем ответе',

  'attempts.title': 'Мои попытки',
  'attempts.subtitle': 'История тренировок и динамика итоговой оценки.',
  'attempts.empty': 'Попыток пока нет. Выберите сценарий, чтобы начать.',
  'attempts.scenario': 'Сценарий',
  'attempts.date': 'Дата',
  'attempts.mode': 'Режим',
  'attempts.outcome': 'Результат',
  'attempts.user': 'Стажёр',
  'attempts.status.active': 'В процессе',
  'attempts.status.ended': 'Ждёт закрытия',
  'attempts.open': 'Открыть',
  'attempts.colPositive': 'Позитив',
  'attempts.chart': 'Итоговая оценка по времени',
  'attempts.chartEmpty': 'График появится после первой закрытой попытки.',
  'attempts.chartDesc': 'Линейный график: закрытых попыток — {n}, с {first} по {last}.',
  'outcome.success': 'Решено',
  'outcome.failure': 'Не решено',
  'outcome.neutral': 'Нейтрально',
  'mode.coach': 'Тренировка',
  'mode.exam': 'Экзамен',

  'users.title': 'Пользователи',
  'users.subtitle': 'Учётные записи, которые могут входить в Sparring.',
  'users.username': 'Имя пользователя',
  'users.password': 'Пароль',
  'users.role': 'Роль',
  'users.created': 'Создан',
  'users.create': 'Создать пользователя',
  'users.creating': 'Создаём…',
  'users.createTitle': 'Новый пользователь',
  'users.createdOk': 'Пользователь {name} создан.',
  'users.exists': 'Пользователь с таким именем уже существует.',
  'users.empty': 'Пользователей нет.',
  'users.passwordHelp': 'От 8 до 200 символов.',
  'users.usernameHelp': 'От 2 до 64 букв, цифр, «.», «_», «@» или «-».',
  'users.forbidden': 'Управлять пользователями могут только администраторы.',
  'role.trainee': 'Стажёр',
  'role.trainer': 'Тренер',
  'role.hr': 'HR',
  'role.admin': 'Администратор',

  'common.loading': 'Загрузка…',
  'common.reload': 'Обновить',
  'common.dismiss': 'Закрыть',
  'common.notFound': 'Страница не найдена.',
  'common.home': 'К сценариям',

  'error.network': 'Нет связи с сервером. Проверьте подключение и попробуйте снова.',
  'error.timeout': 'Сервер не ответил вовремя. Попробуйте снова.',
  'error.unknown': 'Что-то пошло не так. Попробуйте снова.',
  'error.bad_request': 'Запрос не принят. Проверьте введённые данные.',
  'error.unauthorized': 'Сеанс истёк. Войдите снова.',
  'error.forbidden': 'У вас нет доступа к этому разделу.',
  'error.not_found': 'Не найдено. Возможно, это было удалено.',
  'error.conflict': 'Конфликт с уже существующими данными.',
  'error.too_long': 'Слишком длинный текст.',
  'error.rate_limited': 'Слишком много запросов. Подождите немного и попробуйте снова.',
  'error.attempt_closed': 'Этот чат уже закрыт.',
  'error.scenario_invalid': 'В сценарии есть ошибки, его нельзя использовать.',
  'error.storage_unavailable': 'Сервер сейчас не может сохранить данные. Попробуйте чуть позже.',
  'error.internal': 'На сервере произошла ошибка. Попробуйте снова.',
};

const dictionaries: Record<Lang, Record<Key, string>> = { en, ru };
const LANG_KEY = 'sparring.lang';

function initialLang(): Lang {
  const saved = storage.get<string | null>(LANG_KEY, null);
  if (saved === 'en' || saved === 'ru') return saved;
  const nav = (typeof navigator !== 'undefined' && navigator.language) || 'en';
  return nav.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

let current: Lang = initialLang();
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  storage.set(LANG_KEY, next);
  document.documentElement.lang = next;
  for (const fn of listeners) fn(next);
}

export function onLangChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Translate a key, filling `{name}` placeholders (values are plain text). */
export function t(key: Key, vars: Record<string, string | number> = {}): string {
  const template = dictionaries[current][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

const KNOWN_CODES: readonly ErrorCode[] = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_long',
  'rate_limited',
  'attempt_closed',
  'scenario_invalid',
  'storage_unavailable',
  'internal',
];

/** A friendly, translated message for an error code from errors.ts (or a client-side code). */
export function errorText(code: string): string {
  if ((KNOWN_CODES as readonly string[]).includes(code)) return t(`error.${code as ErrorCode}`);
  if (code === 'network') return t('error.network');
  if (code === 'timeout') return t('error.timeout');
  return t('error.unknown');
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(current === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(current === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'short',
  }).format(d);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(current === 'ru' ? 'ru-RU' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

/** For tests and the language switch. */
export const LANGS: readonly Lang[] = ['en', 'ru'];
