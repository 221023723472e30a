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
  'login.usernameRequired': 'Enter your username.',
  'login.passwordRequired': 'Enter your password.',
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
  'picker.resumeOne': 'Unfinished chat: {title}, started {date}.',
  'brief.unfinished':
    'You have an unfinished chat in this scenario, started {date}. Continue it, or start a new one below.',
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
  'chat.tooLong': 'The message is too long ({n} of {max} characters). Shorten it to send it.',
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
  'score.overrideTitle': 'Your trainer {author} adjusted the score',
  'score.overrideLine': '{dimension}: {score} (scorer: {original})',
  'score.tileAdjusted': 'Adjusted by your trainer (the scorer gave {original})',
  'score.overrideReason': 'Why: {reason}',
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
  'score.mixed': 'Both',
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
  'attempts.chartDesc_one': 'Line chart of {n} closed attempt, {first}.',
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
  'users.exists': 'Username: a user named “{name}” already exists. Choose another name.',
  'users.usernameRequired': 'Username: enter a name for the new user.',
  'users.usernameShort': 'Username: at least 2 characters.',
  'users.usernameLong': 'Username: at most 64 characters (now {n}).',
  'users.usernameChars':
    'Username: {chars} cannot be used. Use only letters, digits, “.”, “_”, “@” or “-”.',
  'users.space': 'spaces',
  'users.passwordRequired': 'Password: enter a password for the new user.',
  'users.passwordShort': 'Password: at least 8 characters (now {n}).',
  'users.empty': 'No users.',
  'users.passwordHelp': '8 to 200 characters, not only spaces.',
  'users.usernameHelp': '2 to 64 letters, digits, “.”, “_”, “@” or “-”.',
  'users.forbidden': 'Only administrators can manage users.',
  'role.trainee': 'Trainee',
  'role.trainer': 'Trainer',
  'role.hr': 'HR',
  'role.admin': 'Administrator',

  'nav.library': 'Library',
  'nav.review': 'Review',
  'nav.dashboard': 'Dashboard',

  'staff.all': 'All',
  'staff.group': 'Group',
  'staff.from': 'From',
  'staff.to': 'To',
  'staff.badRange': 'The “From” date is after the “To” date. Change one of them.',
  'staff.badDate': '“{field}”: “{value}” is not a date.',
  'staff.forbiddenHelp': 'This screen is for trainers, HR and administrators.',

  'library.title': 'Scenario library',
  'library.subtitle':
    'Every scenario with its validation status and test results. Upload a new one, edit, disable it for trainees, or preview it.',
  'library.upload': 'Upload scenario',
  'library.count': '{n} scenarios',
  'library.count_one': '{n} scenario',
  'library.invalidCount': '{n} with errors',
  'library.failingCount': '{n} with failing tests',
  'library.disabledCount': '{n} disabled',
  'library.scenario': 'Scenario',
  'library.language': 'Language',
  'library.validation': 'Validation',
  'library.tests': 'Tests',
  'library.source': 'Source',
  'library.enabled': 'For trainees',
  'library.actions': 'Actions',
  'library.errors': '{n} errors',
  'library.errors_one': '{n} error',
  'library.warnings': '{n} warnings',
  'library.warnings_one': '{n} warning',
  'library.valid': 'Valid',
  'library.noTests': 'No tests',
  'library.testsPassed': '{n} of {total} passed',
  'library.bundled': 'Bundled',
  'library.uploaded': 'Uploaded',
  'library.on': 'On',
  'library.off': 'Off',
  'library.enabledFor': 'Available to trainees: {title}',
  'library.enabledOk': 'Available to trainees: {title}',
  'library.disabledOk': 'Hidden from trainees: {title}',
  'library.edit': 'Edit',
  'library.editTitle': 'Edit {title}',
  'library.preview': 'Preview',
  'library.versions': 'Versions',
  'library.versionsFor': 'Versions of {title}',
  'library.versionsTitle': 'Versions of “{title}”',
  'library.versionCurrent': 'Current version',
  'library.versionUpload': 'Earlier version, replaced {date}',
  'library.versionBundled': 'Bundled version, as shipped with Sparring',
  'library.versionsNone': 'No earlier versions yet: every save keeps the version it replaces.',
  'library.restore': 'Restore',
  'library.restoreAsk': 'Restore this version?',
  'library.restoreText':
    'Trainees will play it from now on. The current version stays in this list, so you can switch back.',
  'library.restoreStay': 'Cancel',
  'library.restored': 'Restored: “{title}”.',
  'library.versionsClose': 'Close',
  'library.previewTitle': 'Preview {title}',
  'library.previewNote':
    'Preview: you see the scenario as a trainee would, and can play it even when it is disabled. The attempt is recorded under your name.',

  'editor.newTitle': 'Upload a scenario',
  'editor.editTitle': 'Edit: {title}',
  'editor.subtitle':
    'The YAML is checked as you type. Problems are listed beside the source: select one to jump to its line.',
  'editor.newHelp':
    'Choose a .yaml file or paste the scenario below. Nothing is saved until you press Save.',
  'editor.bundledHelp':
    'This scenario ships with Sparring. Saving stores your version as an upload that replaces it; the id must stay the same.',
  'editor.placeholder': 'Paste the scenario YAML here, or choose a file above.',
  'editor.chooseFile': 'Choose a .yaml file',
  'editor.replaceFile': 'Load from a file',
  'editor.source': 'Scenario source (YAML)',
  'editor.help':
    'Tab indents by two spaces; press Escape, then Tab, to leave the editor. Ctrl+S saves.',
  'editor.position': 'Line {line}, column {col}',
  'editor.problems': 'Problems',
  'editor.noProblems': 'No problems found.',
  'editor.error': 'error',
  'editor.warning': 'warning',
  'editor.goTo': 'Go to line {line}, column {col}',
  'editor.checking': 'Checking…',
  'editor.notChecked': 'Not checked yet',
  'editor.statusValid': 'Valid: no problems',
  'editor.statusCounts': '{errors}, {warnings}',
  'editor.checkFailed': 'Could not check: {error}',
  'editor.empty': 'The source is empty.',
  'editor.tooBig': 'The file is larger than {kb} KB.',
  'editor.readFailed': 'The file could not be read.',
  'editor.save': 'Save',
  'editor.saving': 'Saving…',
  'editor.saved': 'Saved: {title}',
  'editor.notSaved': 'Not saved: the scenario has {n} errors. Nothing was changed.',
  'editor.notSaved_one': 'Not saved: the scenario has 1 error. Nothing was changed.',
  'editor.tests': 'Scenario tests',
  'editor.testsLive': 'From the latest check of the text above (not saved yet).',
  'editor.testsSaved': 'Of the saved scenario.',
  'editor.unsaved': 'Unsaved changes',
  'editor.discard': 'Discard changes',
  'editor.discardTitle': 'Discard your changes?',
  'editor.staleDraft':
    'Your unsaved draft was started from an earlier saved version: the scenario has been saved or restored since. Check it before saving, or discard the draft.',
  'editor.discardText': 'The text goes back to the saved version, and your changes are lost.',
  'editor.discardTextNew': 'The editor is emptied, and the text you wrote or loaded is lost.',
  'editor.keepChanges': 'Keep the changes',
  'editor.leaveTitle': 'Leave without saving?',
  'editor.leaveText':
    'Your changes to this scenario are not saved. If you leave now, they are lost.',
  'editor.leave': 'Leave without saving',
  'editor.stay': 'Stay in the editor',
  'editor.previewTitle': 'Preview the saved version?',
  'editor.previewText':
    'The preview shows the scenario as last saved, without your unsaved changes. They stay here: go Back to return to them, and save to see them in the preview.',
  'editor.previewOpen': 'Open the preview',

  // Scenario problems (client/src/diagnostic-text.ts): the English words what `sparring validate`
  // prints; `[…]` is left out when its arg is missing.
  'diag.yaml-syntax': 'YAML: {detail}',
  'diag.file-too-large': 'file is too large ({size} KB); the limit is {limit} KB',
  'diag.alias-limit':
    'too many YAML aliases ({count}; the limit is {limit}): refusing a possible alias bomb',
  'diag.alias-limit.expand': 'YAML aliases expand too far: {detail}',
  'diag.unreadable': 'cannot read the file: {detail}',
  'diag.unreadable.missing': 'no such file or folder',
  'diag.unreadable.fs': '{detail}',
  'diag.unreadable.utf16': 'the file is saved as UTF-16; save it as UTF-8',
  'diag.unreadable.not-utf8':
    'line {line} is not valid UTF-8 (the file is in another encoding, such as Windows-1251); save it as UTF-8',
  'diag.unreadable.no-files': 'no scenario files (.yaml, .yml) found',
  'diag.unknown-key': 'unknown key "{key}"[ in {where}][ (did you mean "{suggestion}"?)]',
  'diag.missing-key': 'missing required key "{key}"[ in {where}]',
  'diag.missing-key.test-expect':
    '{field} names neither "ending" nor "outcome": the test would check nothing',
  'diag.wrong-type': '{field}: expected {expected}, got {value}',
  'diag.wrong-type.root':
    'a scenario is a map of keys (id, version, title, language, persona, start, steps, endings, ...)',
  'diag.wrong-type.detail': '{field}: {detail}[; got {value}]',
  'diag.out-of-range': '{field}: {value} is out of range: must be[ at least {min}][ at most {max}]',
  'diag.out-of-range.detail': '{field}: {detail}',
  'diag.out-of-range.rubric': 'rubric: at least one weight must be above 0',
  'diag.bad-value': '{field}: {detail}; got {value}[ (did you mean "{suggestion}"?)]',
  'diag.bad-value.name': '{field}: the name "{name}" is not valid: {detail}',
  'diag.bad-value.detail': '{field}: {detail}[; got {value}]',
  'diag.bad-value.replacing':
    'this file\'s id is "{id}", but you are replacing "{replacing}": the ids must match',
  'diag.unknown-step':
    '{field} names step "{step}", which does not exist[ (did you mean "{suggestion}"?)]',
  'diag.unknown-ending':
    '{field} names ending "{ending}", which does not exist[ (did you mean "{suggestion}"?)]',
  'diag.unknown-intent':
    'unknown intent "{intent}"[ (did you mean "{suggestion}"?)]; define it under "intents" or use a built-in one ({builtins})',
  'diag.unknown-action':
    'unknown action "{action}"[ (did you mean "{suggestion}"?)]; define it under "actions"',
  'diag.unknown-dimension': 'unknown dimension "{dimension}"',
  'diag.invalid-regex': 'invalid regular expression: {detail}',
  'diag.unreachable-step': 'step "{step}" cannot be reached from start "{start}"',
  'diag.no-way-out':
    'no ending can be reached from step "{step}" (only the loop guard would end the chat)',
  'diag.unused-ending':
    'ending "{ending}" is never reached: no rule, on_mood or loop_guard ends with it',
  'diag.no-success-ending': 'no ending has outcome "success": a trainee must be able to win',
  'diag.duplicate-id': 'duplicate id "{id}": {other} already uses it',
  'diag.duplicate-id.library':
    'duplicate id "{id}": {other} already uses it (replace that scenario instead)',
  'diag.unknown-placeholder':
    'placeholder {placeholder}: {scope} has no "{key}"[ (did you mean "{suggestion}"?)]',
  'diag.next-and-end': '{field} has both "next" and "end": a rule does one or the other',
  'diag.mood-trigger': '{field} needs exactly one of "at_least" or "at_most"',
  'diag.shadowed-rule':
    'this rule never fires: an earlier rule in step "{step}" has the same condition',
  'diag.empty-condition': 'empty condition: it always holds',
  'diag.intent-shadows-builtin': 'intent "{intent}" is built in: these phrases are added to it',
  'diag.mood-bands': 'mood-banded line has no line for {bands}: add them or a "default"',
  'diag.bad-test-reply': '"{reply}" is not a reply: write text, "<silence>" or "<action:ID>"',
  'diag.reason.empty': 'must not be empty',
  'diag.reason.name-format':
    'a {what} name uses letters, digits, spaces, "_", "." and "-", and does not start or end with a space',
  'diag.reason.id-format': 'an id uses lowercase letters, digits and dashes, e.g. "late-blender"',
  'diag.reason.no-variants': 'needs at least one variant',
  'diag.reason.no-phrases': 'needs at least one phrase',
  'diag.reason.no-replies': 'needs at least one reply',
  'diag.reason.line-or-variants': 'expected a line of text or a list of variants',
  'diag.reason.customer-line':
    'expected a line of text, a list of variants, or a map of mood bands (calm, annoyed, furious, default)',
  'diag.reason.phrases': 'expected a phrase or a list of phrases',
  'diag.reason.intents': 'expected an intent name or a list of intent names',
  'diag.reason.rules': 'expected a rule or a list of rules',
  'diag.reason.one-of': 'expected one of {options}',
  'diag.reason.whole-number': 'expected a whole number',
  'diag.reason.version': 'expected 1 (the only format version)',
  'diag.reason.language': 'expected en or ru',
  'diag.reason.text': 'expected text',
  // A YAML parser's message, worded by its reason, else by its code (`yamlCode`), else by
  // `diag.yaml.other`; `diag.yaml.parser` adds the parser's own words (`detail`) after it.
  'diag.reason.duplicate-key':
    'this key already appears earlier at the same level: a key must not repeat',
  'diag.reason.tab-indent': 'a tab is used for indentation: indent with spaces',
  'diag.reason.unclosed-quote':
    'the quote {quote} is opened but never closed: add the same quote at the end of the text',
  'diag.reason.key-without-value':
    'a key needs a colon and a value ("key: value"); if this line goes on with the text of the line before, put the whole text in quotes',
  'diag.reason.multiline-key':
    'this line has no colon after its key, so YAML reads it together with the next line as one key: add the colon and the value',
  'diag.reason.multiline-flow-key':
    'inside square brackets a "key: value" pair must fit on one line; perhaps a comma is missing between items',
  'diag.reason.colon-in-value':
    'the value holds ": " (a colon and a space), which YAML takes for one more key: put the text in double quotes, or, if it is a new key, start it on a new line in line with the keys next to it',
  'diag.reason.unresolved-alias':
    '"*{name}" is read as a reference to an anchor &{name}, which does not exist: put text that starts with an asterisk (a stage direction such as "*sighs*") in quotes',
  'diag.reason.indent-mismatch':
    'this line is indented differently from the lines next to it: keys at one level must start in the same column',
  'diag.reason.seq-indent':
    'this list item is indented differently: the dashes of one list must stand in the same column',
  'diag.reason.seq-on-key-line':
    'a list item ("- ...") cannot go here: start a list on a new line after "key:", indented',
  'diag.reason.unclosed-bracket':
    'the closing "{close}" is missing: add it, and if the entry in brackets goes on over the next lines, indent them further than the key',
  'diag.reason.missing-comma':
    'a comma is missing between the items in brackets (or a colon between a key and its value)',
  'diag.reason.extra-comma':
    'one comma too many in brackets: items are separated by one comma, and the first has none before it',
  'diag.reason.unexpected-in-flow':
    '"{char}" does not belong here: in brackets, items are separated by commas, and a key from its value by one colon',
  'diag.reason.unexpected-text':
    'a character or text that YAML does not expect here[ ("{text}")]: look for a bracket or a colon too many, and check the indentation of this line',
  'diag.reason.text-after-value':
    'the value has already ended (a quote or a bracket closed it), but the line goes on: remove the rest or put the whole value in quotes (double quotes if it holds an apostrophe)',
  'diag.reason.comment-space':
    'a # starts a comment only after a space; if the # is part of the text, put the whole text in quotes',
  'diag.reason.anchor-space':
    'an anchor (&name) or a tag (!tag) must be followed by a space or a line break; if this is ordinary text, put it in quotes',
  'diag.reason.empty-anchor':
    'a name must follow "{sign}" with no space; if this is ordinary text, put it in quotes',
  'diag.reason.anchor-colon':
    'the name after "{sign}" ends with a colon, so it is unclear whether the colon belongs to the name: put a space before the colon or put the text in quotes',
  'diag.reason.bad-escape':
    '"{escape}" is not a valid sequence in double quotes: write a backslash itself as \\\\, and put regular expressions in single quotes instead',
  'diag.reason.reserved-start':
    'a value without quotes cannot start with "{char}": put the text in quotes',
  'diag.reason.block-header':
    'only a comment may follow > or | on its line: start the text itself on the next line, indented',
  'diag.reason.block-blank-start':
    'the first line of the text after > or | is blank but has more spaces than the lines after it: remove the spaces from it',
  'diag.reason.directive-end':
    'lines that start with % at the top of the file (YAML directives) must be followed by a line ---; a scenario needs no directives: remove the lines that start with %',
  'diag.reason.doc-start-line':
    'keys or a list cannot start on the --- line: move them to the next line',
  'diag.yaml.ALIAS_PROPS':
    'a reference (*name) cannot have an anchor (&name) or a tag (!tag) of its own; if this is ordinary text, put it in quotes',
  'diag.yaml.BAD_ALIAS':
    'an anchor (&name) or a reference (*name) is written wrongly; if this is ordinary text, put it in quotes',
  'diag.yaml.BAD_DIRECTIVE':
    'a line that starts with % at the top of the file is a YAML directive, and this one is written wrongly; a scenario needs no directives: remove the line',
  'diag.yaml.BAD_DQ_ESCAPE':
    'a backslash sequence in double quotes is not valid: write a backslash itself as \\\\, and put regular expressions in single quotes instead',
  'diag.yaml.BAD_INDENT':
    'wrong indentation: lines at one level must start in the same column, and the lines nested in them further right',
  'diag.yaml.BAD_PROP_ORDER':
    'an anchor (&name) or a tag (!tag) must come after "-", "?" or ":", not before it',
  'diag.yaml.BAD_SCALAR_START':
    'a value without quotes cannot start with this character: put the text in quotes',
  'diag.yaml.BLOCK_AS_IMPLICIT_KEY':
    'a key cannot be written like this: check the indentation of this line, and put text with ": " in quotes',
  'diag.yaml.BLOCK_IN_FLOW':
    'inside square or curly brackets there can be no list with dashes, and no "key: value" without a comma before it: separate the items with commas, and put text with a colon in quotes',
  'diag.yaml.DUPLICATE_KEY':
    'this key already appears earlier at the same level: a key must not repeat',
  'diag.yaml.IMPOSSIBLE':
    'this place cannot be read: check the indentation, colons, quotes and brackets',
  'diag.yaml.KEY_OVER_1024_CHARS':
    'a key is longer than 1024 characters: most likely it is a long text with ": " inside; put it in quotes',
  'diag.yaml.MISSING_CHAR':
    'a character is missing here: check the colons after keys, the commas between items in brackets, the closing quotes and brackets, and the spaces after ":" and before "#"',
  'diag.yaml.MULTILINE_IMPLICIT_KEY':
    'a key must fit on one line: the colon after a key seems to be missing here',
  'diag.yaml.MULTIPLE_ANCHORS':
    'a value can have only one anchor (&name); if this is ordinary text, put it in quotes',
  'diag.yaml.MULTIPLE_DOCS':
    'the file holds several documents separated by a line --- or ...: one file holds one scenario; remove the separator or move the second scenario to a file of its own',
  'diag.yaml.MULTIPLE_TAGS':
    'a value can have only one tag (!tag); if this is ordinary text, put it in quotes',
  'diag.yaml.NON_STRING_KEY': 'a key must be text, not a list or a map of keys',
  'diag.yaml.RESOURCE_EXHAUSTION':
    'the nesting is too deep to read the file: use fewer nested brackets or levels of indentation',
  'diag.yaml.TAB_AS_INDENT': 'a tab is used for indentation: indent with spaces',
  'diag.yaml.TAG_RESOLVE_FAILED':
    'the value starts with !, which YAML reads as a tag it cannot apply; if this is ordinary text, put it in quotes',
  'diag.yaml.UNEXPECTED_TOKEN':
    'something here is not what YAML expects: check the indentation, colons, quotes and brackets',
  'diag.yaml.BAD_COLLECTION_TYPE':
    'the tag (!!...) does not fit this value: a scenario needs no tags, remove it',
  'diag.yaml.other':
    'the syntax is broken here: check the indentation, colons, quotes and brackets',
  'diag.yaml.parser': '{explanation} (parser: {detail})',
  'diag.type.string': 'text',
  'diag.type.number': 'a number',
  'diag.type.int': 'a whole number',
  'diag.type.boolean': 'true or false',
  'diag.type.array': 'a list',
  'diag.type.object': 'a map of keys',
  'diag.type.record': 'a map of keys',
  'diag.value.null': 'nothing (null)',
  'diag.value.list': 'a list',
  'diag.value.map': 'a map of keys',

  'review.title': 'Review attempts',
  'review.subtitle':
    'Trainees’ attempts: read the transcript, comment on replies and override a score with a reason.',
  'review.filters': 'Filters',
  'review.count': '{n} attempts',
  'review.showMore': 'Show {n} more ({left} not shown yet)',
  'review.count_one': '{n} attempt',
  'review.empty': 'No attempts match these filters.',
  'review.handleTime': 'Handle time',
  'review.overridden': 'Overridden by a trainer',
  'review.overriddenShort': 'overridden',
  'review.attemptTitle': 'Attempt',
  'review.notClosed': 'This attempt is not closed yet: there are no scores to review.',
  'review.transcriptHelp':
    'Highlighted phrases are findings: select one to see the details. Add a comment under any message.',
  'review.addComment': 'Add comment',
  'review.commentLabel': 'Comment on message {n}',
  'review.commentsOn': 'Comments on message {n}',
  'review.commentPlaceholder': 'What should the trainee notice here?',
  'review.commentSubmit': 'Add comment',
  'review.commentEmpty': 'Write a comment first.',
  'review.commentTooLong': 'The comment is too long ({n} of {max} characters).',
  'review.commentAdded': 'Comment added.',
  'review.cancel': 'Cancel',
  'review.scores': 'Scores',
  'review.dimension': 'Dimension',
  'review.original': 'Scorer',
  'review.override': 'Override',
  'review.reason': 'Reason:',
  'review.overrideBy': 'Overridden by {author}, {date}',
  'review.overrideTitle': 'Override scores',
  'review.overrideHelp':
    'Enter only the scores you want to change (whole numbers 0–100). The scorer’s scores are kept beside yours.',
  'review.reasonLabel': 'Reason (required)',
  'review.reasonHelp': 'Why the score is different: at least 3 characters. Trainees and HR see it.',
  'review.reasonMissing': 'Give a reason for the override (at least 3 characters).',
  'review.reasonTooLong': 'Reason: too long ({n} of {max} characters).',
  'review.scoresMissing': 'Enter at least one score to override.',
  'review.scoreInvalid': '{name}: enter a whole number from 0 to 100.',
  'review.overrideSubmit': 'Save override',
  'review.saving': 'Saving…',
  'review.overrideSaved': 'Override saved.',
  'review.history': 'Scoring history',
  'review.historyHelp': 'Scores from earlier scorer versions, before the attempt was re-scored.',
  'review.version': 'Version',
  'review.scoredAt': 'Scored',
  'review.current': 'Current',
  'review.earlier': 'Earlier #{n}',
  'review.short.patience': 'Pat.',
  'review.short.positive_phrasing': 'Pos.',
  'review.short.closure': 'Clos.',
  'review.short.overall': 'Overall',

  'dash.title': 'Dashboard',
  'dash.subtitle': 'How trainees are doing: scores over time, outcomes, groups and scenarios.',
  'dash.last30': 'Last 30 days',
  'dash.trainerScope': 'You see group {group}.',
  'dash.attempts': 'Attempts',
  'dash.closedCount': '{n} closed',
  'dash.avgOverall': 'Average overall',
  'dash.outOf100': 'out of 100',
  'dash.successRate': 'Resolved',
  'dash.neutralRate': 'Neutral',
  'dash.failureRate': 'Not resolved',
  'dash.ofClosed': '{n} of {total} closed',
  'dash.avgHandle': 'Average handle time',
  'dash.avgFirstReply': 'Average time to first reply',
  'dash.minSec': 'min:sec',
  'dash.avgMood': 'Average final mood',
  'dash.moodHelp': '0 calm … 100 furious',
  'dash.chartScores': 'Average scores per day',
  'dash.chartScoresSummary':
    'Line chart of the average scores per dimension on {n} days, from {first} to {last}; the overall average on the last day is {overall}.',
  'dash.chartScoresSummary_one':
    'Line chart of the average scores per dimension on {n} day, {first}; the overall average that day is {overall}.',
  'dash.chartOutcomes': 'Outcomes',
  'dash.chartOutcomesSummary':
    'Of {n} closed attempts, {success} resolved ({rate}), {neutral} neutral and {failure} not resolved.',
  'dash.chartOutcomesSummary_one':
    'Of {n} closed attempt, {success} resolved ({rate}), {neutral} neutral and {failure} not resolved.',
  'dash.chartGroups': 'Average overall score by group',
  'dash.chartScenarios': 'Average overall score by scenario',
  'dash.noGroup': 'No group',
  'dash.noClosed': 'No closed attempts in this period yet.',
  'dash.empty': 'No attempts in this period.',
  'dash.trainees': 'Trainees',
  'dash.ready.title': 'Ready for live queues',
  'dash.ready.rule':
    'Ready: the last {exams} exams each left the customer satisfied with an overall score of {score} or more, across at least {scenarios} scenarios. Practice in coach mode and chats closed early do not count.',
  'dash.ready.summary': '{ready} of {total} trainees ready',
  'dash.ready.yes': 'Ready',
  'dash.ready.no': 'Not yet',
  'dash.ready.status': 'Status',
  'dash.ready.missing': 'What is missing',
  'dash.ready.recent': 'Latest exams',
  'dash.ready.gap.few-exams': '{have} of {need} exams taken',
  'dash.ready.gap.low-score': '{count} below {score}',
  'dash.ready.gap.not-resolved': '{count} without a satisfied customer',
  'dash.ready.gap.few-scenarios': '{have} of {need} scenarios',
  'dash.exportTitle': 'Export attempts',
  'dash.exportScope': 'With the filters above: {from} to {to}, group: {group}.',
  'dash.pseudonymise': 'Pseudonymise trainee names',
  'dash.sep': 'CSV separator',
  'dash.sepComma': 'Comma (Excel with English settings)',
  'dash.sepSemicolon': 'Semicolon (Excel with Russian or European settings)',
  'dash.pseudonymiseHelp': 'Names are replaced by stable codes, for sharing outside the team.',
  'dash.downloadCsv': 'Download CSV',
  'dash.downloadXlsx': 'Download XLSX',
  'dash.downloadJson': 'Download JSON',
  'dash.exportBlocked':
    'Downloads are off until the dates are fixed: the “From” date is after the “To” date.',
  'dash.rescoreTitle': 'Re-scoring',
  'dash.rescoreHelp':
    'Score every closed attempt again with the current scorer and rubrics. Earlier scores stay in each attempt’s history; overrides are kept.',
  'dash.rescore': 'Re-score all attempts',
  'dash.rescoring': 'Re-scoring…',
  'dash.rescoreConfirmTitle': 'Re-score all attempts?',
  'dash.rescoreConfirmText':
    'Every closed attempt gets new scores from the current scorer. The previous scores move into the attempt’s history. This can take a while.',
  'dash.rescoreGo': 'Re-score',
  'dash.rescoreDone': 'Re-scored {n} attempts ({skipped} skipped) with scorer {scorer}.',
  'dash.rescoreDone_one': 'Re-scored 1 attempt ({skipped} skipped) with scorer {scorer}.',
  'dash.rescoreProgress': 'Re-scoring: {done} of {n} attempts done…',
  'dash.rescoreProgress_one': 'Re-scoring: {done} of 1 attempt done…',
  'dash.rescoreFailed':
    'Re-scoring stopped after {done} of {total} attempts: {error}. Those attempts keep their new scores; start it again to finish.',

  'report.title': 'Trainee: {name}',
  'report.subtitle':
    'Progress over their closed attempts and the weak phrases that keep coming back.',
  'report.allTime': 'All time',
  'report.attempts': 'Their attempts',
  'report.progress': 'Scores over their attempts',
  'report.progressSummary':
    'Line chart of {n} closed attempts; the overall score went from {first} to {last}.',
  'report.progressSummary_one': 'Line chart of {n} closed attempt; the overall score is {last}.',
  'report.recent': 'Latest attempts',
  'report.empty': 'No closed attempts in this period.',
  'report.weak': 'Weakest recurring phrases',
  'report.weakHelp':
    'Findings that cost points most often, with the trainee’s own words and a better wording.',
  'report.noWeak': 'No recurring weak phrases. Well done.',
  'report.times': '{n}×',
  'report.examples': 'Their words',
  'report.suggestion': 'Suggested rewording',

  'users.group': 'Group',
  'users.groupHelp': 'Optional: the team a trainee or trainer belongs to (e.g. “north”).',
  'users.noGroup': 'No group',
  'users.groupOf': 'Group of {name}',
  'users.save': 'Save',
  'users.groupSaved': '{name} is now in group {group}.',
  'users.groupRemoved': '{name} has no group now.',
  'users.passwordBlank':
    'Password: cannot be only spaces. Use at least 8 characters that are not all spaces.',
  'users.actions': 'Actions',
  'users.status': 'Status',
  'users.inactive': 'Deactivated',
  'users.you': 'You',
  'users.roleOf': 'Role of {name}',
  'users.roleSaved': '{name} is now: {role}.',
  'users.resetPassword': 'Reset password',
  'users.resetTitle': 'New password for {name}',
  'users.resetText':
    '{name} will be signed out everywhere and can sign in only with the new password. Give it to them in person or another safe way.',
  'users.resetSave': 'Set password',
  'users.resetDone': 'Password of {name} changed; they have been signed out everywhere.',
  'users.deactivate': 'Deactivate',
  'users.reactivate': 'Reactivate',
  'users.deactivateTitle': 'Deactivate {name}?',
  'users.deactivateText':
    '{name} will be signed out at once and will not be able to sign in. Their attempts stay in reports and exports. You can reactivate the account later.',
  'users.deactivated': '{name} is deactivated and has been signed out.',
  'users.reactivated': '{name} can sign in again.',
  'users.lastAdmin': 'At least one active administrator must remain.',
  'users.builtinAdmin': 'The built-in “admin” account always stays an active administrator.',
  'nav.account': 'Account and password',
  'login.disabled': 'Your account has been deactivated. Ask an administrator if you need access.',
  'login.passwordChanged': 'Your password was changed. Sign in with the new one.',
  'error.account_disabled': 'This account is deactivated. Ask an administrator to reactivate it.',
  'account.title': 'Your account',
  'account.subtitle': 'Signed in as {name} ({role}).',
  'account.passwordTitle': 'Change password',
  'account.passwordIntro':
    'You will be signed out on your other devices and browsers. You stay signed in here.',
  'account.current': 'Current password',
  'account.new': 'New password',
  'account.confirm': 'Repeat the new password',
  'account.newHelp': '8 to 200 characters, not only spaces.',
  'account.save': 'Change password',
  'account.saving': 'Changing…',
  'account.saved': 'Password changed. Your other sessions have been signed out.',
  'account.currentRequired': 'Current password: enter the password you signed in with.',
  'account.currentWrong': 'Current password: this is not your current password.',
  'account.confirmRequired': 'Repeat the new password: type the new password again.',
  'account.mismatch': 'Repeat the new password: it does not match the new password.',
  'account.newRequired': 'New password: enter a new password.',
  'account.newShort': 'New password: at least 8 characters (now {n}).',
  'account.newBlank': 'New password: cannot be only spaces.',

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
  'error.badField': '“{field}” was not accepted. Check what you entered there.',
  'error.longField': '“{field}” is too long.',
  'field.text': 'Text',
  'field.reason': 'Reason',
  'field.format': 'Format',
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
  'login.usernameRequired': 'Введите имя пользователя.',
  'login.passwordRequired': 'Введите пароль.',
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
  'picker.resumeOne': 'Незавершённый чат: «{title}», начат {date}.',
  'brief.unfinished':
    'У вас есть незавершённый чат по этому сценарию, начат {date}. Продолжите его или начните новый ниже.',
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
  'chat.tooLong':
    'Сообщение слишком длинное ({n} из {max} символов). Сократите его, чтобы отправить.',
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
  'score.overrideTitle': 'Тренер {author} скорректировал оценку',
  'score.overrideLine': '{dimension}: {score} (автоматическая: {original})',
  'score.tileAdjusted': 'Скорректировано тренером (автоматическая оценка: {original})',
  'score.overrideReason': 'Почему: {reason}',
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
  'score.mixed': 'И плюс, и минус',
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
  'attempts.chartDesc_one': 'Линейный график: закрытых попыток — {n}, с {first} по {last}.',
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
  'users.exists': 'Имя пользователя: «{name}» уже занято. Выберите другое имя.',
  'users.usernameRequired': 'Имя пользователя: введите имя нового пользователя.',
  'users.usernameShort': 'Имя пользователя: не меньше 2 символов.',
  'users.usernameLong': 'Имя пользователя: не больше 64 символов (сейчас {n}).',
  'users.usernameChars':
    'Имя пользователя: нельзя использовать {chars}. Можно только буквы, цифры, «.», «_», «@» и «-».',
  'users.space': 'пробелы',
  'users.passwordRequired': 'Пароль: введите пароль нового пользователя.',
  'users.passwordShort': 'Пароль: не меньше 8 символов (сейчас {n}).',
  'users.empty': 'Пользователей нет.',
  'users.passwordHelp': 'От 8 до 200 символов, не одни пробелы.',
  'users.usernameHelp': 'От 2 до 64 букв, цифр, «.», «_», «@» или «-».',
  'users.forbidden': 'Управлять пользователями могут только администраторы.',
  'role.trainee': 'Стажёр',
  'role.trainer': 'Тренер',
  'role.hr': 'HR',
  'role.admin': 'Администратор',

  'nav.library': 'Библиотека',
  'nav.review': 'Разбор',
  'nav.dashboard': 'Дашборд',

  'staff.all': 'Все',
  'staff.group': 'Группа',
  'staff.from': 'С',
  'staff.to': 'По',
  'staff.badRange': 'Дата в поле «С» позже даты в поле «По». Измените одну из них.',
  'staff.badDate': '«{field}»: «{value}» — не дата.',
  'staff.forbiddenHelp': 'Этот раздел — для тренеров, HR и администраторов.',

  'library.title': 'Библиотека сценариев',
  'library.subtitle':
    'Все сценарии с результатами проверки и тестов. Загрузите новый, отредактируйте, скройте от стажёров или посмотрите, как он играется.',
  'library.upload': 'Загрузить сценарий',
  'library.count': 'Сценариев: {n}',
  'library.count_one': 'Сценариев: {n}',
  'library.invalidCount': 'С ошибками: {n}',
  'library.failingCount': 'С упавшими тестами: {n}',
  'library.disabledCount': 'Выключено: {n}',
  'library.scenario': 'Сценарий',
  'library.language': 'Язык',
  'library.validation': 'Проверка',
  'library.tests': 'Тесты',
  'library.source': 'Источник',
  'library.enabled': 'Для стажёров',
  'library.actions': 'Действия',
  'library.errors': 'ошибок: {n}',
  'library.errors_one': 'ошибок: {n}',
  'library.warnings': 'предупреждений: {n}',
  'library.warnings_one': 'предупреждений: {n}',
  'library.valid': 'Без ошибок',
  'library.noTests': 'Нет тестов',
  'library.testsPassed': 'пройдено {n} из {total}',
  'library.bundled': 'Встроенный',
  'library.uploaded': 'Загружен',
  'library.on': 'Вкл.',
  'library.off': 'Выкл.',
  'library.enabledFor': 'Доступен стажёрам: {title}',
  'library.enabledOk': 'Доступен стажёрам: {title}',
  'library.disabledOk': 'Скрыт от стажёров: {title}',
  'library.edit': 'Изменить',
  'library.editTitle': 'Изменить: {title}',
  'library.preview': 'Просмотр',
  'library.versions': 'Версии',
  'library.versionsFor': 'Версии сценария {title}',
  'library.versionsTitle': 'Версии сценария «{title}»',
  'library.versionCurrent': 'Текущая версия',
  'library.versionUpload': 'Прежняя версия, заменена {date}',
  'library.versionBundled': 'Встроенная версия, как в поставке Sparring',
  'library.versionsNone':
    'Прежних версий пока нет: при каждом сохранении заменённая версия сохраняется.',
  'library.restore': 'Восстановить',
  'library.restoreAsk': 'Восстановить эту версию?',
  'library.restoreText':
    'Стажёры будут проходить её. Текущая версия останется в этом списке, к ней можно вернуться.',
  'library.restoreStay': 'Отмена',
  'library.restored': 'Восстановлено: «{title}».',
  'library.versionsClose': 'Закрыть',
  'library.previewTitle': 'Просмотр: {title}',
  'library.previewNote':
    'Просмотр: вы видите сценарий так же, как стажёр, и можете сыграть его, даже если он выключен. Попытка будет записана на ваше имя.',

  'editor.newTitle': 'Загрузка сценария',
  'editor.editTitle': 'Редактирование: {title}',
  'editor.subtitle':
    'YAML проверяется по мере ввода. Замечания — рядом с текстом: выберите замечание, чтобы перейти к строке.',
  'editor.newHelp':
    'Выберите файл .yaml или вставьте сценарий ниже. Ничего не сохраняется, пока вы не нажмёте «Сохранить».',
  'editor.bundledHelp':
    'Это встроенный сценарий. При сохранении ваша версия будет загружена вместо него; id менять нельзя.',
  'editor.placeholder': 'Вставьте YAML сценария сюда или выберите файл выше.',
  'editor.chooseFile': 'Выбрать файл .yaml',
  'editor.replaceFile': 'Загрузить из файла',
  'editor.source': 'Текст сценария (YAML)',
  'editor.help':
    'Tab делает отступ в два пробела; чтобы выйти из редактора, нажмите Escape, затем Tab. Ctrl+S — сохранить.',
  'editor.position': 'Строка {line}, столбец {col}',
  'editor.problems': 'Замечания',
  'editor.noProblems': 'Замечаний нет.',
  'editor.error': 'ошибка',
  'editor.warning': 'предупреждение',
  'editor.goTo': 'Перейти: строка {line}, столбец {col}',
  'editor.checking': 'Проверяем…',
  'editor.notChecked': 'Ещё не проверено',
  'editor.statusValid': 'Без ошибок',
  'editor.statusCounts': '{errors}, {warnings}',
  'editor.checkFailed': 'Не удалось проверить: {error}',
  'editor.empty': 'Текст сценария пуст.',
  'editor.tooBig': 'Файл больше {kb} КБ.',
  'editor.readFailed': 'Не удалось прочитать файл.',
  'editor.save': 'Сохранить',
  'editor.saving': 'Сохраняем…',
  'editor.saved': 'Сохранено: {title}',
  'editor.notSaved': 'Не сохранено: ошибок в сценарии — {n}. Ничего не изменилось.',
  'editor.notSaved_one': 'Не сохранено: в сценарии {n} ошибка. Ничего не изменилось.',
  'editor.tests': 'Тесты сценария',
  'editor.testsLive': 'По последней проверке текста (ещё не сохранён).',
  'editor.testsSaved': 'Сохранённой версии.',
  'editor.unsaved': 'Изменения не сохранены',
  'editor.discard': 'Отменить изменения',
  'editor.discardTitle': 'Отменить изменения?',
  'editor.staleDraft':
    'Ваш несохранённый черновик начат с прежней сохранённой версии: сценарий с тех пор сохраняли или восстанавливали. Проверьте его перед сохранением или отмените изменения.',
  'editor.discardText': 'Текст вернётся к сохранённой версии, а изменения пропадут.',
  'editor.discardTextNew': 'Редактор очистится, а написанный или загруженный текст пропадёт.',
  'editor.keepChanges': 'Оставить изменения',
  'editor.leaveTitle': 'Уйти без сохранения?',
  'editor.leaveText': 'Изменения в этом сценарии не сохранены. Если уйти сейчас, они пропадут.',
  'editor.leave': 'Уйти без сохранения',
  'editor.stay': 'Остаться в редакторе',
  'editor.previewTitle': 'Открыть сохранённую версию?',
  'editor.previewText':
    'В просмотре сценарий такой, каким он был сохранён, без несохранённых изменений. Они останутся здесь: вернитесь кнопкой «Назад», а чтобы увидеть их в просмотре, сохраните сценарий.',
  'editor.previewOpen': 'Открыть просмотр',

  'diag.yaml-syntax': 'YAML: {detail}',
  'diag.file-too-large': 'файл слишком большой ({size} КБ); предел — {limit} КБ',
  'diag.alias-limit':
    'слишком много ссылок (alias) YAML: {count} при пределе {limit}; файл похож на «бомбу» из ссылок и не принят',
  'diag.alias-limit.expand':
    'ссылки (alias) YAML разворачиваются в слишком большой объём; файл похож на «бомбу» из ссылок и не принят',
  'diag.unreadable': 'не удалось прочитать файл: {detail}',
  'diag.unreadable.missing': 'такого файла или папки нет',
  'diag.unreadable.fs': 'не удалось прочитать: {detail}',
  'diag.unreadable.utf16': 'файл сохранён в кодировке UTF-16; сохраните его в UTF-8',
  'diag.unreadable.not-utf8':
    'строка {line} не в кодировке UTF-8 (файл сохранён в другой кодировке, например Windows-1251); сохраните его в UTF-8',
  'diag.unreadable.no-files': 'файлы сценариев (.yaml, .yml) не найдены',
  'diag.unknown-key':
    'неизвестный ключ «{key}»[ в {where}][ — возможно, имелся в виду «{suggestion}»]',
  'diag.missing-key': 'не хватает обязательного ключа «{key}»[ в {where}]',
  'diag.missing-key.test-expect':
    'в {field} нет ни «ending», ни «outcome»: тест ничего не проверит',
  'diag.wrong-type': '{field}: ожидается {expected}, а не {value}',
  'diag.wrong-type.root':
    'сценарий должен быть набором ключей (id, version, title, language, persona, start, steps, endings, …)',
  'diag.wrong-type.detail': '{field}: {detail}[; указано: {value}]',
  'diag.out-of-range': '{field}: {value} вне диапазона,[ минимум {min}][ максимум {max}]',
  'diag.out-of-range.detail': '{field}: {detail}',
  'diag.out-of-range.rubric': 'rubric: хотя бы один вес должен быть больше 0',
  'diag.bad-value':
    '{field}: {detail}; указано: {value}[ — возможно, имелось в виду «{suggestion}»]',
  'diag.bad-value.name': '{field}: недопустимое имя «{name}»: {detail}',
  'diag.bad-value.detail': '{field}: {detail}[; указано: {value}]',
  'diag.bad-value.replacing':
    'id в этом файле — «{id}», а вы заменяете «{replacing}»: id должны совпадать',
  'diag.unknown-step':
    '{field} ссылается на шаг «{step}», которого нет[ — возможно, имелся в виду «{suggestion}»]',
  'diag.unknown-ending':
    '{field} ссылается на концовку «{ending}», которой нет[ — возможно, имелась в виду «{suggestion}»]',
  'diag.unknown-intent':
    'неизвестное намерение «{intent}»[ — возможно, имелось в виду «{suggestion}»]; опишите его в «intents» или возьмите встроенное ({builtins})',
  'diag.unknown-action':
    'неизвестное действие «{action}»[ — возможно, имелось в виду «{suggestion}»]; опишите его в «actions»',
  'diag.unknown-dimension': 'неизвестный критерий оценки «{dimension}»',
  'diag.invalid-regex': 'ошибка в регулярном выражении[ «{pattern}»]: {detail}',
  'diag.unreachable-step': 'до шага «{step}» нельзя дойти от начального шага «{start}»',
  'diag.no-way-out':
    'из шага «{step}» нельзя дойти ни до одной концовки (чат завершит только loop_guard)',
  'diag.unused-ending':
    'концовка «{ending}» недостижима: ни одно правило, on_mood или loop_guard не ведёт к ней',
  'diag.no-success-ending':
    'ни у одной концовки нет outcome «success»: у стажёра должна быть возможность победить',
  'diag.duplicate-id': 'id «{id}» уже занят: его использует {other}',
  'diag.duplicate-id.library':
    'id «{id}» уже занят: его использует {other} (замените тот сценарий, а не загружайте новый)',
  'diag.unknown-placeholder':
    'подстановка {placeholder}: в {scope} нет ключа «{key}»[ — возможно, имелся в виду «{suggestion}»]',
  'diag.next-and-end': 'в {field} есть и «next», и «end»: правило делает что-то одно',
  'diag.mood-trigger': 'в {field} нужен ровно один из ключей «at_least» или «at_most»',
  'diag.shadowed-rule':
    'это правило никогда не сработает: у более раннего правила в шаге «{step}» то же условие',
  'diag.empty-condition': 'пустое условие: оно выполняется всегда',
  'diag.intent-shadows-builtin': 'намерение «{intent}» встроенное: эти фразы добавятся к нему',
  'diag.mood-bands': 'в реплике по настроению нет вариантов для {bands}: добавьте их или «default»',
  'diag.bad-test-reply': '«{reply}» — не реплика: напишите текст, «<silence>» или «<action:ID>»',
  'diag.reason.empty': 'не может быть пустым',
  'diag.reason.name-format':
    'в имени допустимы буквы, цифры, пробелы, «_», «.» и «-»; пробел не может стоять в начале или в конце',
  'diag.reason.id-format':
    'id состоит из строчных латинских букв, цифр и дефисов, например «late-blender»',
  'diag.reason.no-variants': 'нужен хотя бы один вариант',
  'diag.reason.no-phrases': 'нужна хотя бы одна фраза',
  'diag.reason.no-replies': 'нужна хотя бы одна реплика',
  'diag.reason.line-or-variants': 'ожидается строка текста или список вариантов',
  'diag.reason.customer-line':
    'ожидается строка текста, список вариантов или набор по настроению (calm, annoyed, furious, default)',
  'diag.reason.phrases': 'ожидается фраза или список фраз',
  'diag.reason.intents': 'ожидается имя намерения или список имён',
  'diag.reason.rules': 'ожидается правило или список правил',
  'diag.reason.one-of': 'допустимые значения — {options}',
  'diag.reason.whole-number': 'ожидается целое число',
  'diag.reason.version': 'ожидается 1 (других версий формата нет)',
  'diag.reason.language': 'ожидается en или ru',
  'diag.reason.text': 'ожидается текст',
  // A YAML parser's message: by its reason, else by its code (`yamlCode`), else `diag.yaml.other`.
  'diag.reason.duplicate-key':
    'этот ключ уже встречается раньше на том же уровне: ключи не должны повторяться',
  'diag.reason.tab-indent': 'табуляция в отступах не допускается, используйте пробелы',
  'diag.reason.unclosed-quote':
    'кавычка {quote} открыта, но не закрыта: допишите такую же кавычку в конце текста',
  'diag.reason.key-without-value':
    'после ключа нужно двоеточие и значение («ключ: значение»); если эта строка продолжает текст предыдущей, возьмите весь текст в кавычки',
  'diag.reason.multiline-key':
    'в этой строке нет двоеточия после ключа, и YAML читает её вместе со следующей как один ключ: допишите двоеточие и значение',
  'diag.reason.multiline-flow-key':
    'в квадратных скобках пара «ключ: значение» должна умещаться на одной строке; возможно, между элементами не хватает запятой',
  'diag.reason.unresolved-alias':
    'текст «*{name}» YAML читает как ссылку на якорь &{name}, которого нет: текст, который начинается со звёздочки (например, действие «*вздыхает*»), возьмите в кавычки',
  'diag.reason.colon-in-value':
    'в значении есть «: » (двоеточие и пробел), и YAML принимает его за ещё один ключ: возьмите текст в двойные кавычки, а если это новый ключ — начните его с новой строки вровень с соседними',
  'diag.reason.indent-mismatch':
    'отступ этой строки не совпадает с соседними: ключи одного уровня должны начинаться в одном столбце',
  'diag.reason.seq-indent':
    'у этого элемента списка другой отступ: дефисы одного списка должны стоять в одном столбце',
  'diag.reason.seq-on-key-line':
    'элемент списка («- …») здесь не на месте: список начинают с новой строки после «ключ:» и пишут с отступом',
  'diag.reason.unclosed-bracket':
    'не хватает закрывающей скобки «{close}»: допишите её, а если запись в скобках продолжается на следующих строках, сдвиньте их правее ключа',
  'diag.reason.missing-comma':
    'между элементами в скобках не хватает запятой (или двоеточия между ключом и значением)',
  'diag.reason.extra-comma':
    'лишняя запятая в скобках: между элементами ставят одну запятую, а перед первым — ни одной',
  'diag.reason.unexpected-in-flow':
    'знак «{char}» здесь не на месте: в скобках элементы разделяют запятыми, а ключ и значение — одним двоеточием',
  'diag.reason.unexpected-text':
    'неожиданный знак или текст[ «{text}»]: проверьте, нет ли лишней скобки или двоеточия и верен ли отступ этой строки',
  'diag.reason.text-after-value':
    'значение уже закончилось (например, закрылась кавычка или скобка), а на строке остался текст: уберите лишнее или возьмите всё значение в кавычки (если внутри есть апостроф — в двойные)',
  'diag.reason.comment-space':
    'перед # нужен пробел, иначе это не комментарий; если # — часть текста, возьмите весь текст в кавычки',
  'diag.reason.anchor-space':
    'после якоря (&имя) или тега (!тег) нужен пробел или перенос строки; если это обычный текст, возьмите его в кавычки',
  'diag.reason.empty-anchor':
    'сразу после «{sign}» должно идти имя, без пробела; если это обычный текст, возьмите его в кавычки',
  'diag.reason.anchor-colon':
    'имя после «{sign}» заканчивается двоеточием, и непонятно, часть ли это имени; поставьте пробел перед двоеточием или возьмите текст в кавычки',
  'diag.reason.bad-escape':
    'неверная последовательность «{escape}» в двойных кавычках: саму обратную косую черту пишут как \\\\, а регулярные выражения удобнее брать в одинарные кавычки',
  'diag.reason.reserved-start':
    'значение без кавычек не может начинаться с «{char}»: возьмите текст в кавычки',
  'diag.reason.block-header':
    'после > или | на той же строке может быть только комментарий: сам текст начните со следующей строки, с отступом',
  'diag.reason.block-blank-start':
    'первая строка текста после > или | пустая, но пробелов в ней больше, чем в следующих строках: удалите из неё пробелы',
  'diag.reason.directive-end':
    'после строк с % в начале файла (директив YAML) нужна строка ---; сценарию директивы не нужны: удалите строки с %',
  'diag.reason.doc-start-line':
    'на строке с --- нельзя начинать ключи или список: перенесите их на следующую строку',
  'diag.yaml.ALIAS_PROPS':
    'у ссылки (*имя) не может быть своего якоря (&имя) или тега (!тег); если это обычный текст, возьмите его в кавычки',
  'diag.yaml.BAD_ALIAS':
    'якорь (&имя) или ссылка (*имя) записаны неверно; если это обычный текст, возьмите его в кавычки',
  'diag.yaml.BAD_DIRECTIVE':
    'строка с % в начале файла — директива YAML, и она записана неверно; сценарию директивы не нужны: удалите эту строку',
  'diag.yaml.BAD_DQ_ESCAPE':
    'неверная последовательность с обратной косой чертой в двойных кавычках: саму косую черту пишут как \\\\, а регулярные выражения удобнее брать в одинарные кавычки',
  'diag.yaml.BAD_INDENT':
    'неверный отступ: строки одного уровня должны начинаться в одном столбце, а вложенные — правее',
  'diag.yaml.BAD_PROP_ORDER':
    'якорь (&имя) или тег (!тег) должен стоять после знака «-», «?» или «:», а не перед ним',
  'diag.yaml.BAD_SCALAR_START':
    'значение без кавычек не может начинаться с этого знака: возьмите текст в кавычки',
  'diag.yaml.BLOCK_AS_IMPLICIT_KEY':
    'так ключ записать нельзя: проверьте отступ этой строки, а текст с «: » возьмите в кавычки',
  'diag.yaml.BLOCK_IN_FLOW':
    'внутри квадратных или фигурных скобок нельзя писать список с дефисами или «ключ: значение» без запятой перед ним: разделяйте элементы запятыми, а текст с двоеточием берите в кавычки',
  'diag.yaml.DUPLICATE_KEY':
    'этот ключ уже встречается раньше на том же уровне: ключи не должны повторяться',
  'diag.yaml.IMPOSSIBLE':
    'не удалось разобрать это место: проверьте отступы, двоеточия, кавычки и скобки',
  'diag.yaml.KEY_OVER_1024_CHARS':
    'ключ длиннее 1024 знаков: скорее всего, это длинный текст с «: » внутри — возьмите его в кавычки',
  'diag.yaml.MISSING_CHAR':
    'здесь не хватает знака: проверьте двоеточия после ключей, запятые между элементами в скобках, закрывающие кавычки и скобки, пробелы после «:» и перед «#»',
  'diag.yaml.MULTILINE_IMPLICIT_KEY':
    'ключ должен умещаться на одной строке: похоже, здесь не хватает двоеточия после ключа',
  'diag.yaml.MULTIPLE_ANCHORS':
    'у значения может быть только один якорь (&имя); если это обычный текст, возьмите его в кавычки',
  'diag.yaml.MULTIPLE_DOCS':
    'в файле несколько документов, разделённых строкой --- или ...: в одном файле — один сценарий; удалите разделитель или перенесите второй сценарий в отдельный файл',
  'diag.yaml.MULTIPLE_TAGS':
    'у значения может быть только один тег (!тег); если это обычный текст, возьмите его в кавычки',
  'diag.yaml.NON_STRING_KEY': 'ключ должен быть текстом, а не списком или словарём',
  'diag.yaml.RESOURCE_EXHAUSTION':
    'вложенность слишком глубокая, и разобрать файл не удалось: уменьшите число вложенных скобок или уровней отступа',
  'diag.yaml.TAB_AS_INDENT': 'табуляция в отступах не допускается, используйте пробелы',
  'diag.yaml.TAG_RESOLVE_FAILED':
    'значение начинается с !, и YAML читает его как тег, который не может применить; если это обычный текст, возьмите его в кавычки',
  'diag.yaml.UNEXPECTED_TOKEN':
    'здесь YAML встретил то, чего не ожидал: проверьте отступ, двоеточия, кавычки и скобки',
  'diag.yaml.BAD_COLLECTION_TYPE':
    'тег (!!…) не подходит к этому значению: сценарию теги не нужны, удалите его',
  'diag.yaml.other': 'нарушен синтаксис — проверьте здесь отступы, двоеточия, кавычки и скобки',
  'diag.yaml.parser': '{explanation}',
  'diag.type.string': 'текст',
  'diag.type.number': 'число',
  'diag.type.int': 'целое число',
  'diag.type.boolean': 'true или false',
  'diag.type.array': 'список',
  'diag.type.object': 'набор ключей',
  'diag.type.record': 'набор ключей',
  'diag.value.null': 'пустое значение (null)',
  'diag.value.list': 'список',
  'diag.value.map': 'набор ключей',

  'review.title': 'Разбор попыток',
  'review.subtitle':
    'Попытки стажёров: читайте переписку, комментируйте ответы и исправляйте оценку с указанием причины.',
  'review.filters': 'Фильтры',
  'review.count': 'Попыток: {n}',
  'review.showMore': 'Показать ещё {n} (не показано: {left})',
  'review.count_one': 'Попыток: {n}',
  'review.empty': 'Нет попыток с такими фильтрами.',
  'review.handleTime': 'Время обработки',
  'review.overridden': 'Исправлено тренером',
  'review.overriddenShort': 'исправлено',
  'review.attemptTitle': 'Попытка',
  'review.notClosed': 'Попытка ещё не закрыта: оценок пока нет.',
  'review.transcriptHelp':
    'Выделенные фразы — замечания: выберите фразу, чтобы увидеть подробности. Под любым сообщением можно оставить комментарий.',
  'review.addComment': 'Комментировать',
  'review.commentLabel': 'Комментарий к сообщению {n}',
  'review.commentsOn': 'Комментарии к сообщению {n}',
  'review.commentPlaceholder': 'На что стажёру стоит обратить внимание?',
  'review.commentSubmit': 'Добавить комментарий',
  'review.commentEmpty': 'Сначала напишите комментарий.',
  'review.commentTooLong': 'Комментарий слишком длинный ({n} из {max} символов).',
  'review.commentAdded': 'Комментарий добавлен.',
  'review.cancel': 'Отмена',
  'review.scores': 'Оценки',
  'review.dimension': 'Критерий',
  'review.original': 'Оценщик',
  'review.override': 'Исправлено',
  'review.reason': 'Причина:',
  'review.overrideBy': 'Исправил(а) {author}, {date}',
  'review.overrideTitle': 'Исправить оценку',
  'review.overrideHelp':
    'Заполните только те оценки, которые хотите изменить (целые числа 0–100). Оценки оценщика сохранятся рядом с вашими.',
  'review.reasonLabel': 'Причина (обязательно)',
  'review.reasonHelp': 'Почему оценка другая: не меньше 3 символов. Её увидят стажёр и HR.',
  'review.reasonMissing': 'Укажите причину исправления (не меньше 3 символов).',
  'review.reasonTooLong': 'Причина: слишком длинный текст ({n} из {max} символов).',
  'review.scoresMissing': 'Введите хотя бы одну оценку.',
  'review.scoreInvalid': '{name}: введите целое число от 0 до 100.',
  'review.overrideSubmit': 'Сохранить исправление',
  'review.saving': 'Сохраняем…',
  'review.overrideSaved': 'Исправление сохранено.',
  'review.history': 'История оценок',
  'review.historyHelp': 'Оценки прежних версий оценщика — до повторной оценки попытки.',
  'review.version': 'Версия',
  'review.scoredAt': 'Оценено',
  'review.current': 'Текущая',
  'review.earlier': 'Прежняя №{n}',
  'review.short.patience': 'Терп.',
  'review.short.positive_phrasing': 'Поз.',
  'review.short.closure': 'Зав.',
  'review.short.overall': 'Итог',

  'dash.title': 'Дашборд',
  'dash.subtitle': 'Как идут дела у стажёров: оценки по времени, результаты, группы и сценарии.',
  'dash.last30': 'Последние 30 дней',
  'dash.trainerScope': 'Вы видите группу {group}.',
  'dash.attempts': 'Попытки',
  'dash.closedCount': 'закрыто: {n}',
  'dash.avgOverall': 'Средний итог',
  'dash.outOf100': 'из 100',
  'dash.successRate': 'Решено',
  'dash.neutralRate': 'Нейтрально',
  'dash.failureRate': 'Не решено',
  'dash.ofClosed': '{n} из {total} закрытых',
  'dash.avgHandle': 'Среднее время обработки',
  'dash.avgFirstReply': 'Среднее время до первого ответа',
  'dash.minSec': 'мин:сек',
  'dash.avgMood': 'Среднее итоговое настроение',
  'dash.moodHelp': '0 — спокоен … 100 — в ярости',
  'dash.chartScores': 'Средние оценки по дням',
  'dash.chartScoresSummary':
    'Линейный график средних оценок по критериям за {n} дн., с {first} по {last}; средний итог в последний день — {overall}.',
  'dash.chartOutcomes': 'Результаты',
  'dash.chartScoresSummary_one':
    'Линейный график средних оценок по критериям за {n} дн., с {first} по {last}; средний итог в последний день — {overall}.',
  'dash.chartOutcomesSummary':
    'Закрытых попыток: {n}; решено {success} ({rate}), нейтрально {neutral}, не решено {failure}.',
  'dash.chartOutcomesSummary_one':
    'Закрытых попыток: {n}; решено {success} ({rate}), нейтрально {neutral}, не решено {failure}.',
  'dash.chartGroups': 'Средний итог по группам',
  'dash.chartScenarios': 'Средний итог по сценариям',
  'dash.noGroup': 'Без группы',
  'dash.noClosed': 'За этот период закрытых попыток пока нет.',
  'dash.empty': 'За этот период попыток нет.',
  'dash.trainees': 'Стажёры',
  'dash.ready.title': 'Готовность к работе на линии',
  'dash.ready.rule':
    'Готов: каждый из последних экзаменов (учитываются {exams}) закончился довольным клиентом и общей оценкой не ниже {score}, а разных сценариев среди них не меньше {scenarios}. Тренировки в режиме подсказок и чаты, закрытые досрочно, не учитываются.',
  'dash.ready.summary': 'Готовы: {ready} из {total}',
  'dash.ready.yes': 'Готов',
  'dash.ready.no': 'Пока нет',
  'dash.ready.status': 'Статус',
  'dash.ready.missing': 'Чего не хватает',
  'dash.ready.recent': 'Последние экзамены',
  'dash.ready.gap.few-exams': 'сдано экзаменов: {have} из {need}',
  'dash.ready.gap.low-score': 'ниже {score}: {count}',
  'dash.ready.gap.not-resolved': 'клиент не доволен: {count}',
  'dash.ready.gap.few-scenarios': 'сценариев: {have} из {need}',
  'dash.exportTitle': 'Выгрузка попыток',
  'dash.exportScope': 'С фильтрами выше: с {from} по {to}, группа: {group}.',
  'dash.pseudonymise': 'Заменить имена стажёров псевдонимами',
  'dash.sep': 'Разделитель в CSV',
  'dash.sepComma': 'Запятая (Excel с английскими настройками)',
  'dash.sepSemicolon': 'Точка с запятой (Excel с русскими или европейскими настройками)',
  'dash.pseudonymiseHelp': 'Имена заменяются постоянными кодами — для передачи за пределы команды.',
  'dash.downloadCsv': 'Скачать CSV',
  'dash.downloadXlsx': 'Скачать XLSX',
  'dash.downloadJson': 'Скачать JSON',
  'dash.exportBlocked':
    'Скачивание недоступно, пока даты не исправлены: дата в поле «С» позже даты в поле «По».',
  'dash.rescoreTitle': 'Повторная оценка',
  'dash.rescoreHelp':
    'Заново оценить все закрытые попытки текущим оценщиком и рубриками. Прежние оценки сохранятся в истории каждой попытки; исправления тренеров останутся.',
  'dash.rescore': 'Переоценить все попытки',
  'dash.rescoring': 'Переоцениваем…',
  'dash.rescoreConfirmTitle': 'Переоценить все попытки?',
  'dash.rescoreConfirmText':
    'Каждая закрытая попытка получит новые оценки от текущего оценщика. Прежние оценки перейдут в историю попытки. Это может занять время.',
  'dash.rescoreGo': 'Переоценить',
  'dash.rescoreDone': 'Переоценено попыток: {n} (пропущено: {skipped}), оценщик {scorer}.',
  'dash.rescoreDone_one': 'Переоценена {n} попытка (пропущено: {skipped}), оценщик {scorer}.',
  'dash.rescoreProgress': 'Переоценка: готово {done} из {n}…',
  'dash.rescoreProgress_one': 'Переоценка: готово {done} из {n}…',
  'dash.rescoreFailed':
    'Переоценка остановилась после {done} из {total} попыток: {error}. Переоценённые попытки сохраняют новые оценки; запустите её снова, чтобы закончить.',

  'report.title': 'Стажёр: {name}',
  'report.subtitle': 'Прогресс по закрытым попыткам и слабые фразы, которые повторяются.',
  'report.allTime': 'За всё время',
  'report.attempts': 'Попытки стажёра',
  'report.progress': 'Оценки по попыткам',
  'report.progressSummary':
    'Линейный график закрытых попыток (всего {n}); итоговая оценка изменилась с {first} до {last}.',
  'report.progressSummary_one':
    'Линейный график закрытых попыток (всего {n}); итоговая оценка изменилась с {first} до {last}.',
  'report.recent': 'Последние попытки',
  'report.empty': 'За этот период закрытых попыток нет.',
  'report.weak': 'Самые частые слабые фразы',
  'report.weakHelp':
    'Замечания, чаще всего снижавшие оценку: слова самого стажёра и как сказать лучше.',
  'report.noWeak': 'Повторяющихся слабых фраз нет. Отлично.',
  'report.times': '{n}×',
  'report.examples': 'Слова стажёра',
  'report.suggestion': 'Как сказать лучше',

  'users.group': 'Группа',
  'users.groupHelp': 'Необязательно: команда стажёра или тренера (например, «north»).',
  'users.noGroup': 'Без группы',
  'users.groupOf': 'Группа пользователя {name}',
  'users.save': 'Сохранить',
  'users.groupSaved': '{name} теперь в группе {group}.',
  'users.groupRemoved': '{name} больше не состоит в группе.',
  'users.passwordBlank':
    'Пароль: не может состоять только из пробелов. Нужно не меньше 8 символов, и не одни пробелы.',
  'users.actions': 'Действия',
  'users.status': 'Статус',
  'users.inactive': 'Отключён',
  'users.you': 'Это вы',
  'users.roleOf': 'Роль пользователя {name}',
  'users.roleSaved': 'Роль {name}: {role}.',
  'users.resetPassword': 'Сбросить пароль',
  'users.resetTitle': 'Новый пароль для {name}',
  'users.resetText':
    'Пользователь {name} выйдет из системы на всех устройствах и сможет войти только с новым паролем. Сообщите ему пароль лично или другим надёжным способом.',
  'users.resetSave': 'Задать пароль',
  'users.resetDone': 'Пароль пользователя {name} изменён, он вышел из системы на всех устройствах.',
  'users.deactivate': 'Отключить',
  'users.reactivate': 'Включить',
  'users.deactivateTitle': 'Отключить пользователя {name}?',
  'users.deactivateText':
    'Пользователь {name} сразу выйдет из системы и не сможет войти. Его попытки останутся в отчётах и выгрузках. Учётную запись можно будет включить снова.',
  'users.deactivated': 'Пользователь {name} отключён и вышел из системы.',
  'users.reactivated': 'Пользователь {name} снова может входить.',
  'users.lastAdmin': 'Должен остаться хотя бы один активный администратор.',
  'users.builtinAdmin':
    'Встроенная учётная запись «admin» всегда остаётся активным администратором.',
  'nav.account': 'Учётная запись и пароль',
  'login.disabled':
    'Ваша учётная запись отключена. Если вам нужен доступ, обратитесь к администратору.',
  'login.passwordChanged': 'Ваш пароль изменён. Войдите с новым паролем.',
  'error.account_disabled':
    'Эта учётная запись отключена. Попросите администратора включить её снова.',
  'account.title': 'Учётная запись',
  'account.subtitle': 'Вы вошли как {name} ({role}).',
  'account.passwordTitle': 'Смена пароля',
  'account.passwordIntro':
    'На других устройствах и в других браузерах вы выйдете из системы. Здесь вход сохранится.',
  'account.current': 'Текущий пароль',
  'account.new': 'Новый пароль',
  'account.confirm': 'Повторите новый пароль',
  'account.newHelp': 'От 8 до 200 символов, не одни пробелы.',
  'account.save': 'Сменить пароль',
  'account.saving': 'Меняем…',
  'account.saved': 'Пароль изменён. На других устройствах вы вышли из системы.',
  'account.currentRequired': 'Текущий пароль: введите пароль, с которым вы вошли.',
  'account.currentWrong': 'Текущий пароль: пароль неверный.',
  'account.confirmRequired': 'Повторите новый пароль: введите новый пароль ещё раз.',
  'account.mismatch': 'Повторите новый пароль: не совпадает с новым паролем.',
  'account.newRequired': 'Новый пароль: введите новый пароль.',
  'account.newShort': 'Новый пароль: не меньше 8 символов (сейчас {n}).',
  'account.newBlank': 'Новый пароль: не может состоять только из пробелов.',

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
  'error.badField': 'Поле «{field}» не принято. Проверьте, что в нём введено.',
  'error.longField': 'Поле «{field}» слишком длинное.',
  'field.text': 'Текст',
  'field.reason': 'Причина',
  'field.format': 'Формат',
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

/** The current language's text of a key built at run time (`diag.${code}`), if there is one. */
export function template(key: string): string | undefined {
  return Object.hasOwn(en, key) ? dictionaries[current][key as Key] : undefined;
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
  'account_disabled',
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

const pluralRules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ru: new Intl.PluralRules('ru'),
};

/** `t()` with a count `{n}`: uses the `key_one` (…) form when the language has one for `n`. */
export function tn(key: Key, n: number, vars: Record<string, string | number> = {}): string {
  const form = `${key}_${pluralRules[current].select(n)}`;
  return t(form in dictionaries[current] ? (form as Key) : key, { n, ...vars });
}

/** For tests and the language switch. */
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** Keys with count forms (`key_one` …), for tests. */
export const COUNTED_KEYS = (Object.keys(en) as Key[]).filter((k) => `${k}_one` in en);
