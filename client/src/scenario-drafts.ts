/**
 * A trainer's unsaved scenario text in the editor, per user and scenario, kept for this tab
 * (sessionStorage, else memory): a language switch, a preview, an expired session or a reload
 * does not lose it. It goes when the scenario is saved or the trainer discards the changes.
 */
export interface ScenarioDraft {
  source: string;
  /** The chosen file's name, for a scenario not saved yet. */
  filename?: string;
  /** A fingerprint of the saved text the draft was started from (see `fingerprint`). */
  base?: string;
}

/** A short fingerprint of a text (FNV-1a): enough to tell that the saved version changed. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}.${h.toString(36)}`;
}

const memory = new Map<string, ScenarioDraft>();

/** `id` null is the upload of a new scenario. */
function key(username: string, id: string | null): string {
  return `sparring.scenarioDraft.${JSON.stringify([username, id])}`;
}

export const scenarioDrafts = {
  get(username: string, id: string | null): ScenarioDraft | null {
    const k = key(username, id);
    try {
      const raw = sessionStorage.getItem(k);
      const draft = raw === null ? null : (JSON.parse(raw) as Partial<ScenarioDraft> | null);
      if (typeof draft?.source === 'string')
        return {
          source: draft.source,
          ...(typeof draft.filename === 'string' ? { filename: draft.filename } : {}),
          ...(typeof draft.base === 'string' ? { base: draft.base } : {}),
        };
    } catch {
      /* storage unavailable or damaged: memory still has it */
    }
    return memory.get(k) ?? null;
  },

  set(username: string, id: string | null, draft: ScenarioDraft): void {
    const k = key(username, id);
    memory.set(k, draft);
    try {
      sessionStorage.setItem(k, JSON.stringify(draft));
    } catch {
      // Full or unavailable: an older copy there must not win over the one in memory.
      try {
        sessionStorage.removeItem(k);
      } catch {
        /* ignore */
      }
    }
  },

  clear(username: string, id: string | null): void {
    const k = key(username, id);
    memory.delete(k);
    try {
      sessionStorage.removeItem(k);
    } catch {
      /* ignore */
    }
  },
};
