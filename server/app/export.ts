/**
 * Exports of attempts for HR: CSV (UTF-8 with BOM, RFC 4180, formula-safe), XLSX (attempts,
 * per-dimension scores, findings) and JSON. Streamed row by row. The attempt rows and scores come
 * from the store's index of summaries, so a CSV of 100,000 attempts opens no attempt file; the
 * findings, comments and score history (JSON, the Findings sheet) are read from each attempt's
 * file, a few files ahead of the writer, so memory stays flat however many attempts there are.
 */
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AttemptRecord, AttemptSummaryRecord, Store } from '../store/port';
import { summarize } from '../store/port';
import { matches, type AttemptFilter } from './attempt-filter';

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json'];

export interface ExportOptions {
  format: ExportFormat;
  filter: AttemptFilter;
  /** Replace trainee names by stable pseudonyms (same trainee, same pseudonym). */
  pseudonymise: boolean;
  /**
   * The CSV separator: a comma, or a semicolon for Excel in locales whose list separator it is
   * (ru-RU and most of Europe), where a comma-separated file opens as one column.
   */
  separator?: CsvSeparator;
}

export type CsvSeparator = 'comma' | 'semicolon';
export const CSV_SEPARATORS: readonly CsvSeparator[] = ['comma', 'semicolon'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

const DIMENSIONS = ['patience', 'positive_phrasing', 'closure', 'overall'] as const;
/** Attempt files read ahead of the writer (JSON export, Findings sheet). */
const READ_AHEAD = 16;

export const ATTEMPT_COLUMNS = [
  'attempt_id',
  'trainee',
  'group',
  'scenario_id',
  'scenario_title',
  'language',
  'mode',
  'status',
  'outcome',
  'ending',
  'closed_early',
  'started_at',
  'closed_at',
  'handle_seconds',
  'first_reply_seconds',
  'final_mood',
  'patience',
  'positive_phrasing',
  'closure',
  'overall',
  'override_patience',
  'override_positive_phrasing',
  'override_closure',
  'override_overall',
  'override_reason',
  'override_by',
  'scorer_version',
] as const;
type Cell = string | number | boolean | null;
type AttemptRow = Record<(typeof ATTEMPT_COLUMNS)[number], Cell>;

/** A cell Excel would read as a formula (= + - @, or a leading tab/CR) gets a leading apostrophe. */
export function neutralise(value: Cell): Cell {
  // Leading spaces too: some spreadsheet imports trim them and then read a formula.
  if (typeof value === 'string' && /^[\t\r\n]|^\s*[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

export function csvField(value: Cell): string {
  const v = neutralise(value);
  if (v === null) return '';
  const s = String(v);
  // `;` too: Excel in locales such as ru-RU splits CSV on it, and a cell after it would be unguarded.
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function pseudonym(salt: string, username: string, kind: 'trainee' | 'staff' = 'trainee'): string {
  // Trainees' pseudonyms as they always were; staff's from another input, so a trainer and a
  // trainee of the same name do not share one.
  const input = kind === 'trainee' ? `${salt}:${username}` : `${salt}:staff:${username}`;
  return `${kind}-${createHash('sha256').update(input).digest('hex').slice(0, 10)}`;
}

/** A person's name as an export shows it: a trainee, or staff (who overrode, who commented). */
const asIs = (username: string) => username;

function iso(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString();
}

/** An attempt's row from its summary in the index (see `rows` for summaries without all of it). */
export function summaryRow(
  s: AttemptSummaryRecord,
  trainee: string,
  staff: (username: string) => string = asIs,
): AttemptRow {
  const o = s.override ?? {};
  return {
    attempt_id: s.id,
    trainee,
    group: s.group ?? null,
    scenario_id: s.scenarioId,
    scenario_title: s.scenarioTitle,
    language: s.language,
    mode: s.mode,
    status: s.status,
    outcome: s.outcome,
    ending: s.ending,
    closed_early: s.closedEarly ?? null,
    started_at: iso(s.createdAt),
    closed_at: iso(s.closedAt),
    handle_seconds: s.handleMs === null ? null : Math.round(s.handleMs / 1000),
    first_reply_seconds: s.firstReplyMs === null ? null : Math.round(s.firstReplyMs / 1000),
    final_mood: s.finalMood,
    patience: s.scores?.patience ?? null,
    positive_phrasing: s.scores?.positive_phrasing ?? null,
    closure: s.scores?.closure ?? null,
    overall: s.scores?.overall ?? null,
    override_patience: o.patience ?? null,
    override_positive_phrasing: o.positive_phrasing ?? null,
    override_closure: o.closure ?? null,
    override_overall: o.overall ?? null,
    override_reason: s.overrideReason ?? null,
    override_by: s.overrideBy === undefined ? null : staff(s.overrideBy),
    scorer_version: s.scorer,
  };
}

/** The row an attempt's own file gives: that of the summary the index would hold for it. */
export function attemptRow(
  a: AttemptRecord,
  trainee: string,
  staff: (username: string) => string = asIs,
): AttemptRow {
  return summaryRow(summarize(a), trainee, staff);
}

interface Names {
  trainee: (username: string) => string;
  staff: (username: string) => string;
}

export class Exporter {
  constructor(private readonly store: Store) {}

  /** The attempts an export covers, oldest first. */
  async select(filter: AttemptFilter): Promise<AttemptSummaryRecord[]> {
    const rows = await this.store.listAttempts();
    // Staff previews (a trainer playing a scenario) are not trainee results.
    return rows
      .filter((r) => !r.preview && matches(r, filter))
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /**
   * Loads each attempt in order, reading up to READ_AHEAD files ahead of the caller: the reads
   * overlap one another and the writing, and at most that many attempts are in memory.
   */
  private async *records(selected: AttemptSummaryRecord[]): AsyncGenerator<AttemptRecord> {
    const ahead: Array<Promise<AttemptRecord | null>> = [];
    let next = 0;
    const fill = () => {
      while (ahead.length < READ_AHEAD && next < selected.length) {
        const read = this.store.getAttempt(selected[next++]!.id);
        // A read still ahead when the download is abandoned must not become an unhandled rejection.
        read.catch(() => undefined);
        ahead.push(read);
      }
    };
    fill();
    while (ahead.length) {
      const a = await ahead.shift()!;
      fill();
      if (a) yield a;
    }
  }

  /**
   * Each attempt's row, from the index. A summary written before it carried every column (no
   * `closedEarly`) is completed from the attempt's file, as every row was before.
   */
  private async *rows(selected: AttemptSummaryRecord[], names: Names): AsyncGenerator<AttemptRow> {
    for (const s of selected) {
      if (s.closedEarly !== undefined) {
        yield summaryRow(s, names.trainee(s.username), names.staff);
        continue;
      }
      const a = await this.store.getAttempt(s.id);
      if (a) yield attemptRow(a, names.trainee(a.username), names.staff);
    }
  }

  async write(options: ExportOptions, out: Writable): Promise<number> {
    const selected = await this.select(options.filter);
    const salt = options.pseudonymise ? await this.store.secret('pseudonyms') : '';
    // Pseudonymised, no person is named: trainees, and the staff who overrode or commented.
    const names: Names = options.pseudonymise
      ? { trainee: (u) => pseudonym(salt, u), staff: (u) => pseudonym(salt, u, 'staff') }
      : { trainee: asIs, staff: asIs };
    if (options.format === 'csv')
      await this.csv(selected, names, out, options.separator === 'semicolon' ? ';' : ',');
    else if (options.format === 'json') await this.json(selected, names, out);
    else await this.xlsx(selected, names, out);
    return selected.length;
  }

  private async csv(selected: AttemptSummaryRecord[], names: Names, out: Writable, sep: ',' | ';') {
    await put(out, `\uFEFF${ATTEMPT_COLUMNS.join(sep)}\r\n`);
    for await (const row of this.rows(selected, names)) {
      await put(out, `${ATTEMPT_COLUMNS.map((c) => csvField(row[c])).join(sep)}\r\n`);
    }
    out.end();
  }

  private async json(selected: AttemptSummaryRecord[], names: Names, out: Writable) {
    await put(out, '[');
    let first = true;
    for await (const a of this.records(selected)) {
      const item = {
        ...attemptRow(a, names.trainee(a.username), names.staff),
        findings: a.result?.findings ?? [],
        comments: (a.comments ?? []).map((c) => ({ ...c, author: names.staff(c.author) })),
        history: a.result?.history ?? [],
      };
      await put(out, `${first ? '' : ','}\n${JSON.stringify(item)}`);
      first = false;
    }
    await put(out, '\n]\n');
    out.end();
  }

  private async xlsx(selected: AttemptSummaryRecord[], names: Names, out: Writable) {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = (title: string, columns: readonly string[]) => {
      // The header row stays in view while scrolling (times stay ISO 8601 text, UTC, which sorts
      // as it reads: real date cells need styles, which made the workbook twice as slow to write).
      const ws = book.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(10, c.length + 2) }));
      return ws;
    };
    const add = (ws: ExcelJS.Worksheet, values: Record<string, Cell>) => {
      ws.addRow(
        Object.fromEntries(Object.entries(values).map(([k, v]) => [k, neutralise(v)])),
      ).commit();
    };
    // One sheet at a time: the zip is written in order. After each attempt's rows the export waits
    // while the client is slower than the workbook is made, so rows never pile up in memory.
    const attempts = sheet('Attempts', ATTEMPT_COLUMNS);
    let n = 0;
    // The workbook is compressed on the thread pool: every so many rows, let it catch up.
    const breathe = () => (++n % 64 === 0 ? drained(out, true) : drained(out));
    for await (const row of this.rows(selected, names)) {
      add(attempts, row);
      await breathe();
    }
    attempts.commit();

    const scores = sheet('Scores', [
      'attempt_id',
      'trainee',
      'dimension',
      'score',
      'override',
      'scorer_version',
    ]);
    for await (const row of this.rows(selected, names)) {
      for (const d of DIMENSIONS) {
        add(scores, {
          attempt_id: row.attempt_id,
          trainee: row.trainee,
          dimension: d,
          score: row[d],
          override: row[`override_${d}`],
          scorer_version: row.scorer_version,
        });
      }
      await breathe();
    }
    scores.commit();

    const findings = sheet('Findings', [
      'attempt_id',
      'trainee',
      'turn',
      'dimension',
      'points',
      'rule',
      'text',
      'message',
      'suggestion',
    ]);
    for await (const a of this.records(selected)) {
      for (const f of a.result?.findings ?? []) {
        add(findings, {
          attempt_id: a.id,
          trainee: names.trainee(a.username),
          turn: f.turn,
          dimension: f.dimension,
          points: f.points,
          rule: f.rule,
          text: f.text,
          message: f.message,
          suggestion: f.suggestion ?? null,
        });
      }
      await drained(out, true);
    }
    findings.commit();
    await Promise.race([book.commit(), gone(out)]);
  }
}

/** Writes with backpressure: waits for `drain` when the stream's buffer is full. */
async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await drained(out);
}

/** Never resolves; rejects if `out` closes or fails before it has finished. */
function gone(out: Writable): Promise<never> {
  return new Promise((_, reject) => {
    const onClose = () => {
      if (!out.writableFinished) reject(new Error('the download was closed'));
    };
    out.once('close', onClose);
    out.once('error', onClose);
  });
}

/**
 * Resolves once `out` can take more (at once when it can). A download the client gave up on
 * (the stream closes or fails) ends the export with an error instead of waiting forever.
 */
async function drained(out: Writable, compressed = false): Promise<void> {
  // The workbook is compressed on the thread pool: let it reach `out` before looking.
  if (compressed) await new Promise((r) => setImmediate(r));
  if (out.destroyed && !out.writableFinished) throw new Error('the download was closed');
  if (!out.writableNeedDrain) return;
  if (out.destroyed) throw new Error('the download was closed');
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the download was closed'));
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onClose);
  });
}
