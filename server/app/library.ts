/**
 * The scenario library the server plays: the bundled folder (SCENARIOS_DIR) plus what trainers
 * upload (kept in DATA_DIR/scenarios, replacing a bundled scenario of the same id). Every file is
 * listed with its validation status and test results; trainers can disable a scenario.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runScenarioTests, type ScenarioTestReport } from './scenario-tests';
import { AppError } from '../contracts/errors';
import { DurableJsonFile } from '../store/durable-file';
import type { ScenarioForTrainee, ScenarioSummary, ScenarioVersion } from '../contracts/events';
import { fillPlaceholders } from '../engine/lines';
import { compile, DEFAULTS, type Playable } from '../engine/step';
import { hasErrors, type Diagnostic, type DiagnosticArgs } from '../scenarios/diagnostics';
import { collectScenarioFiles, loadScenarioFiles } from '../scenarios/library';
import { parseScenario } from '../scenarios/load';
import { ID_PATTERN, type Scenario } from '../scenarios/schema';
import type { Scorer } from '../scoring/types';

export interface LibraryEntry {
  id: string;
  file: string;
  source: 'bundled' | 'uploaded';
  scenario: Scenario | null;
  playable: Playable | null;
  diagnostics: Diagnostic[];
  tests: TestSummary | null;
  /**
   * A fingerprint of the parsed scenario: an attempt keeps the one it started with, so it can go
   * on with that version after a restart even if a trainer has since saved another.
   */
  version: string | null;
}

/** The fingerprint of a parsed scenario (see `LibraryEntry.version`). */
export function scenarioVersion(scenario: Scenario): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex').slice(0, 16);
}

/** Earlier versions looked up for attempts, kept compiled; a small bound, they are rarely needed. */
const EARLIER_LIMIT = 64;

/** One shape for test results everywhere the API shows them. */
export interface TestSummary {
  passed: number;
  failed: number;
  failures: string[];
  uncovered: ScenarioTestReport['uncovered'];
}

export function testSummary(report: ScenarioTestReport): TestSummary {
  const failed = report.results.filter((r) => !r.passed);
  return {
    passed: report.results.length - failed.length,
    failed: failed.length,
    failures: failed.map((r) => `${r.name}: ${r.problem?.split('\n')[0]}`),
    uncovered: report.uncovered,
  };
}

export interface LibraryDirs {
  bundled: string;
  /** Where uploads go; none for a read-only library. */
  uploads?: string;
  /** The application's clock (epoch ms): it names the versions kept in the history. */
  now?: () => number;
}

export interface UploadResult {
  entry?: LibraryEntry;
  diagnostics: Diagnostic[];
  tests?: TestSummary;
}

const DISABLED_FILE = 'disabled.json';
/**
 * Earlier versions of uploaded scenarios: uploads/.history/<id>/<ms since 1970>.yaml. The dot keeps
 * the folder out of the library's own scan.
 */
const HISTORY_DIR = '.history';
const VERSION = /^\d{13}(?:-\d{1,6})?$/;
/** Versions kept per scenario: a long day of saves, without the list slowing down. */
const HISTORY_LIMIT = 50;

/** Versions newest first: by time, then by the counter of versions kept in the same millisecond. */
function byAge(versions: string[]): string[] {
  const parts = (v: string) => v.split('-').map(Number) as [number, number?];
  return [...versions].sort((a, b) => {
    const [at, an = 0] = parts(a);
    const [bt, bn = 0] = parts(b);
    return bt - at || bn - an;
  });
}

export type { ScenarioVersion };

export class ScenarioLibrary {
  private entries = new Map<string, LibraryEntry>();
  /** The bundled file of each id, also where an upload replaces it. */
  private bundledFiles = new Map<string, string>();
  private disabled = new Set<string>();
  /** Earlier versions attempts still play, by `id@version` (see `atVersion`). */
  private readonly earlier = new Map<string, LibraryEntry>();
  /** Changes to the library run one at a time: each checks and writes against the one before. */
  private changing: Promise<unknown> = Promise.resolve();

  private exclusive<T>(change: () => Promise<T>): Promise<T> {
    const run = this.changing.then(change, change);
    this.changing = run.catch(() => undefined);
    return run;
  }

  private constructor(
    private readonly dirs: LibraryDirs,
    private readonly scorer: Scorer,
  ) {}

  static async load(dirs: LibraryDirs | string, scorer: Scorer): Promise<ScenarioLibrary> {
    const library = new ScenarioLibrary(
      typeof dirs === 'string' ? { bundled: dirs } : dirs,
      scorer,
    );
    await library.reload();
    return library;
  }

  async reload(): Promise<void> {
    const entries = new Map<string, LibraryEntry>();
    const bundledFiles = new Map<string, string>();
    const add = async (dir: string, source: LibraryEntry['source']) => {
      if (!existsSync(dir)) return;
      const { files } = await collectScenarioFiles([dir], process.cwd());
      for (const l of await loadScenarioFiles(files, process.cwd())) {
        const id = l.scenario?.id ?? basename(l.file).replace(/\.ya?ml$/i, '');
        if (source === 'bundled' && !bundledFiles.has(id)) bundledFiles.set(id, l.file);
        if (entries.has(id) && source === 'bundled') continue;
        entries.set(id, this.entryOf(id, l.file, source, l.scenario, l.diagnostics));
      }
    };
    if (this.dirs.uploads) await add(this.dirs.uploads, 'uploaded');
    await add(this.dirs.bundled, 'bundled');
    if (!entries.size && !existsSync(this.dirs.bundled))
      throw new Error(`the scenario library ${this.dirs.bundled} does not exist`);
    this.entries = entries;
    this.bundledFiles = bundledFiles;
    if (this.dirs.uploads && existsSync(join(this.dirs.uploads, DISABLED_FILE))) {
      this.disabled = new Set(
        JSON.parse(await readFile(join(this.dirs.uploads, DISABLED_FILE), 'utf8')) as string[],
      );
    }
  }

  private entryOf(
    id: string,
    file: string,
    source: LibraryEntry['source'],
    scenario: Scenario | null,
    diagnostics: Diagnostic[],
    known?: TestSummary,
  ): LibraryEntry {
    const tests = known ?? (scenario ? testSummary(runScenarioTests(scenario)) : null);
    return {
      id,
      file,
      source,
      scenario,
      playable: scenario ? compile(scenario, this.scorer) : null,
      diagnostics,
      tests,
      version: scenario ? scenarioVersion(scenario) : null,
    };
  }

  /**
   * The scenario as it was at `version`: the current one, a kept upload or the bundled file. Null
   * when none of them is that version any more (it was pruned from the history).
   */
  async atVersion(id: string, version: string): Promise<LibraryEntry | null> {
    const current = this.entries.get(id);
    if (!current) return null;
    if (current.version === version) return current;
    const key = `${id}@${version}`;
    const known = this.earlier.get(key);
    if (known) return known;
    const files: Array<[string, LibraryEntry['source']]> = [];
    if (this.dirs.uploads && ID_PATTERN.test(id)) {
      const dir = join(this.dirs.uploads, HISTORY_DIR, id);
      if (existsSync(dir))
        for (const name of await readdir(dir))
          if (name.endsWith('.yaml')) files.push([join(dir, name), 'uploaded']);
    }
    const bundled = this.bundledFiles.get(id);
    if (bundled) files.push([bundled, 'bundled']);
    for (const [file, source] of files) {
      const parsed = parseScenario(await readFile(file, 'utf8'), basename(file));
      if (!parsed.scenario || hasErrors(parsed.diagnostics)) continue;
      if (scenarioVersion(parsed.scenario) !== version) continue;
      const entry = this.entryOf(
        id,
        file,
        source,
        parsed.scenario,
        parsed.diagnostics,
        current.tests ?? undefined,
      );
      if (this.earlier.size >= EARLIER_LIMIT)
        this.earlier.delete(this.earlier.keys().next().value!);
      this.earlier.set(key, entry);
      return entry;
    }
    return null;
  }

  list(): ScenarioSummary[] {
    return [...this.entries.values()]
      .map((e) => this.summaryOf(e))
      .sort(
        (a, b) =>
          a.language.localeCompare(b.language) ||
          a.difficulty - b.difficulty ||
          a.title.localeCompare(b.title),
      );
  }

  get(id: string): LibraryEntry | undefined {
    return this.entries.get(id);
  }

  isEnabled(id: string): boolean {
    return !this.disabled.has(id);
  }

  summaryOf(e: LibraryEntry): ScenarioSummary & {
    source: string;
    replacesBundled: boolean;
    errors: number;
    warnings: number;
    tests: LibraryEntry['tests'];
  } {
    return {
      ...summaryOf(e),
      enabled: this.isEnabled(e.id),
      source: e.source,
      // An upload in place of a bundled scenario: the bundled one can be restored.
      replacesBundled: e.source === 'uploaded' && this.bundledFiles.has(e.id),
      errors: e.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: e.diagnostics.filter((d) => d.severity === 'warning').length,
      tests: e.tests,
    };
  }

  async sourceOf(id: string): Promise<string> {
    const e = this.entries.get(id);
    if (!e) throw new AppError('not_found', `no scenario "${id}"`);
    return readFile(e.file, 'utf8');
  }

  /** Checks a YAML source as if it were in the library (duplicate ids included), changing nothing. */
  check(source: string, filename: string, replacing?: string): UploadResult {
    const { diagnostics, tests } = this.inspect(source, filename, replacing);
    return { diagnostics, ...(tests ? { tests } : {}) };
  }

  /** Parses, checks the id against the library and runs the tests: once per upload. */
  private inspect(source: string, filename: string, replacing?: string) {
    const parsed = parseScenario(source, filename);
    const diagnostics = [...parsed.diagnostics];
    const id = parsed.scenario?.id;
    const idProblem = (code: Diagnostic['code'], message: string, args: DiagnosticArgs) =>
      diagnostics.push({
        file: filename,
        ...(parsed.idPosition ?? { line: 1, col: 1 }),
        severity: 'error',
        code,
        message,
        args,
      });
    if (id && replacing !== undefined && id !== replacing) {
      idProblem(
        'bad-value',
        `this file's id is "${id}", but you are replacing "${replacing}": the ids must match`,
        { variant: 'replacing', id, replacing },
      );
    } else if (id && replacing === undefined && this.entries.has(id)) {
      const other = basename(this.entries.get(id)!.file);
      idProblem(
        'duplicate-id',
        `duplicate id "${id}": ${other} already uses it (replace that scenario instead)`,
        { variant: 'library', id, other },
      );
    }
    const scenario = parsed.scenario && !hasErrors(diagnostics) ? parsed.scenario : null;
    return {
      parsed,
      diagnostics,
      scenario,
      tests: scenario ? testSummary(runScenarioTests(scenario)) : null,
    };
  }

  /** Stores a valid upload and makes it playable; an invalid one changes nothing. */
  upload(source: string, filename: string, replacing?: string): Promise<UploadResult> {
    // Checked against the library as it is once the changes before this one are done: two
    // uploads of one new id cannot both pass the duplicate check.
    return this.exclusive(() => this.uploadNow(source, filename, replacing));
  }

  private async uploadNow(source: string, filename: string, replacing?: string) {
    const uploads = this.dirs.uploads;
    if (!uploads) throw new AppError('forbidden', 'this library is read-only');
    const { parsed, diagnostics, scenario, tests } = this.inspect(source, filename, replacing);
    if (!scenario || !tests) return { diagnostics };
    if (!ID_PATTERN.test(scenario.id)) throw new AppError('bad_request', 'invalid id');
    await mkdir(uploads, { recursive: true });
    const file = join(uploads, `${scenario.id}.yaml`);
    // The version it replaces is kept, so a trainer can go back to it.
    if (existsSync(file)) await this.archive(scenario.id, file);
    await new DurableJsonFile(file).writeText(source);
    const entry = this.entryOf(
      scenario.id,
      file,
      'uploaded',
      scenario,
      parsed.diagnostics.map((d) => ({ ...d, file })),
      tests,
    );
    this.entries.set(scenario.id, entry);
    return { diagnostics, tests, entry };
  }

  private historyDir(id: string): string {
    if (!this.dirs.uploads || !ID_PATTERN.test(id))
      throw new AppError('not_found', `no scenario "${id}"`);
    return join(this.dirs.uploads, HISTORY_DIR, id);
  }

  /**
   * Keeps a copy of an upload about to be replaced or removed, named by the time it was, on the
   * disk (fsynced) before the caller goes on: a power cut then loses no version. The oldest go
   * beyond HISTORY_LIMIT.
   */
  private async archive(id: string, file: string): Promise<void> {
    const dir = this.historyDir(id);
    await mkdir(dir, { recursive: true });
    const stamp = String((this.dirs.now ?? Date.now)());
    // After the newest kept in the same millisecond, never in a gap the pruning left.
    const names = await readdir(dir);
    const same = names
      .map((n) => n.replace(/\.yaml$/, ''))
      .filter((v) => v === stamp || v.startsWith(`${stamp}-`))
      .map((v) => Number(v.split('-')[1] ?? 0));
    const name = same.length ? `${stamp}-${Math.max(...same) + 1}` : stamp;
    await new DurableJsonFile(join(dir, `${name}.yaml`), { fsync: true }).writeText(
      await readFile(file, 'utf8'),
    );
    const kept = (await readdir(dir)).filter((n) => VERSION.test(n.replace(/\.yaml$/, '')));
    if (kept.length > HISTORY_LIMIT)
      for (const old of byAge(kept.map((n) => n.replace(/\.yaml$/, ''))).slice(HISTORY_LIMIT))
        await unlink(join(dir, `${old}.yaml`));
  }

  /** The versions a trainer can go back to, newest first: earlier uploads, then the bundled file. */
  async history(id: string): Promise<ScenarioVersion[]> {
    const e = this.entries.get(id);
    if (!e) throw new AppError('not_found', `no scenario "${id}"`);
    const versions: ScenarioVersion[] = [
      { version: 'current', kind: 'current', replacedAt: null, title: e.scenario?.title ?? null },
    ];
    const dir = this.dirs.uploads ? this.historyDir(id) : null;
    const names = dir && existsSync(dir) ? await readdir(dir) : [];
    const kept = byAge(names.map((n) => n.replace(/\.yaml$/, '')).filter((v) => VERSION.test(v)));
    for (const v of kept) {
      const parsed = parseScenario(await readFile(join(dir!, `${v}.yaml`), 'utf8'), `${v}.yaml`);
      versions.push({
        version: v,
        kind: 'upload',
        replacedAt: new Date(Number(v.split('-')[0])).toISOString(),
        title: parsed.scenario?.title ?? null,
      });
    }
    const bundled = this.bundledFiles.get(id);
    if (bundled && e.source === 'uploaded') {
      const parsed = parseScenario(await readFile(bundled, 'utf8'), bundled);
      versions.push({
        version: 'bundled',
        kind: 'bundled',
        replacedAt: null,
        title: parsed.scenario?.title ?? null,
      });
    }
    return versions;
  }

  /** The source of one version (see `history`). */
  async versionSource(id: string, version: string): Promise<string> {
    if (version === 'current') return this.sourceOf(id);
    if (version === 'bundled') {
      const bundled = this.bundledFiles.get(id);
      if (!bundled) throw new AppError('not_found', `scenario "${id}" has no bundled version`);
      return readFile(bundled, 'utf8');
    }
    if (!VERSION.test(version))
      throw new AppError('bad_request', `version: not a version of "${id}"`);
    const file = join(this.historyDir(id), `${version}.yaml`);
    if (!existsSync(file))
      throw new AppError('not_found', `scenario "${id}" has no version ${version}`);
    return readFile(file, 'utf8');
  }

  /**
   * Makes an earlier version the current one. An upload is checked like any upload (an old file may
   * no longer pass); the bundled version removes the upload that replaced it. The current version is
   * kept in the history first, so a restore can be undone too.
   */
  restore(id: string, version: string): Promise<UploadResult> {
    return this.exclusive(async () => {
      const e = this.entries.get(id);
      if (!e) throw new AppError('not_found', `no scenario "${id}"`);
      if (version === 'current') return { entry: e, diagnostics: e.diagnostics };
      if (version !== 'bundled') {
        const source = await this.versionSource(id, version);
        return this.uploadNow(source, `${id}.yaml`, id);
      }
      const bundled = this.bundledFiles.get(id);
      if (!bundled) throw new AppError('not_found', `scenario "${id}" has no bundled version`);
      if (e.source !== 'uploaded')
        return { entry: e, diagnostics: e.diagnostics, tests: e.tests ?? undefined };
      await this.archive(id, e.file);
      await unlink(e.file);
      const parsed = parseScenario(await readFile(bundled, 'utf8'), bundled);
      const entry = this.entryOf(id, bundled, 'bundled', parsed.scenario, parsed.diagnostics);
      this.entries.set(id, entry);
      return { entry, diagnostics: parsed.diagnostics, tests: entry.tests ?? undefined };
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<void> {
    return this.exclusive(async () => {
      const uploads = this.dirs.uploads;
      if (!this.entries.has(id)) throw new AppError('not_found', `no scenario "${id}"`);
      if (!uploads) throw new AppError('forbidden', 'this library is read-only');
      const next = new Set(this.disabled);
      if (enabled) next.delete(id);
      else next.add(id);
      await mkdir(uploads, { recursive: true });
      await new DurableJsonFile(join(uploads, DISABLED_FILE)).write([...next].sort());
      // Only what reached the disk is served.
      this.disabled = next;
    });
  }
}

export function summaryOf(e: LibraryEntry): ScenarioSummary {
  const s = e.scenario;
  return {
    id: e.id,
    title: s?.title ?? e.id,
    language: s?.language ?? 'en',
    difficulty: s?.difficulty ?? DEFAULTS.difficulty,
    tags: s?.tags ?? [],
    valid: s !== null,
    enabled: true,
    ...(s?.brief ? { brief: fillPlaceholders(s.brief, s) } : {}),
  };
}

export function forTrainee(e: LibraryEntry & { scenario: Scenario }): ScenarioForTrainee {
  const s = e.scenario;
  return {
    ...summaryOf(e),
    brief: fillPlaceholders(s.brief ?? '', s),
    context: Object.fromEntries(Object.entries(s.context ?? {}).map(([k, v]) => [k, String(v)])),
    persona: { name: s.persona.name },
    actions: Object.entries(s.actions ?? {}).map(([id, label]) => ({ id, label })),
  };
}
