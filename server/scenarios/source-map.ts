import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type PathSegment = string | number;
export interface Position {
  line: number;
  col: number;
}

/** Finds where a value or key at a data path sits in the YAML source. */
export class SourceMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Position of the value at `path`, or of its nearest ancestor that exists. */
  value(path: readonly PathSegment[]): Position {
    return this.at(this.walk(path, false));
  }

  /** Position of the key of the last segment (for unknown or misnamed keys). */
  key(path: readonly PathSegment[]): Position {
    return this.at(this.walk(path, true));
  }

  private walk(path: readonly PathSegment[], wantKey: boolean): Node | null {
    let node: unknown = this.doc.contents;
    let found: Node | null = (node as Node | null) ?? null;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && keyText(item.key) === String(segment),
        );
        if (!pair) return found;
        if (last && wantKey && pair.key) return pair.key as Node;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        if (node === undefined) return found;
      } else {
        return found;
      }
      if (node && typeof node === 'object' && 'range' in node) found = node as Node;
    }
    return found;
  }

  private at(node: Node | null): Position {
    const offset = node?.range?.[0] ?? 0;
    return this.lines.linePos(offset);
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
