/** The scenario library the server plays: every file in SCENARIOS_DIR, valid or not. */
import { basename } from 'node:path';
import type { ScenarioForTrainee, ScenarioSummary } from '../contracts/events';
import { fillPlaceholders } from '../engine/lines';
import { compile, DEFAULTS, type Playable } from '../engine/step';
import type { Diagnostic } from '../scenarios/diagnostics';
import { collectScenarioFiles, loadScenarioFiles } from '../scenarios/library';
import type { Scenario } from '../scenarios/schema';
import type { Scorer } from '../scoring/types';

export interface LibraryEntry {
  id: string;
  file: string;
  scenario: Scenario | null;
  playable: Playable | null;
  diagnostics: Diagnostic[];
}

export class ScenarioLibrary {
  private constructor(private readonly entries: Map<string, LibraryEntry>) {}

  static async load(dir: string, scorer: Scorer): Promise<ScenarioLibrary> {
    const { files, diagnostics } = await collectScenarioFiles([dir], process.cwd());
    const loaded = await loadScenarioFiles(files, process.cwd());
    const entries = new Map<string, LibraryEntry>();
    for (const l of loaded) {
      const id = l.scenario?.id ?? basename(l.file).replace(/\.ya?ml$/i, '');
      if (entries.has(id)) continue;
      entries.set(id, {
        id,
        file: l.file,
        scenario: l.scenario,
        playable: l.scenario ? compile(l.scenario, scorer) : null,
        diagnostics: l.diagnostics,
      });
    }
    if (diagnostics.length && !files.length)
      throw new Error(`cannot read the scenario library ${dir}: ${diagnostics[0]!.message}`);
    return new ScenarioLibrary(entries);
  }

  list(): ScenarioSummary[] {
    return [...this.entries.values()]
      .map((e) => summaryOf(e))
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
