/**
 * Guards: a cheap proof that part of a compiled pattern list cannot match a text, so it is not run.
 *
 * Most patterns match nothing in a given reply, yet a regex of a hundred alternatives is tried at
 * every word of it. Each pattern source is read once for literal text it cannot match without: the
 * first three or four characters of a word it spells out at a word start ("make" of `\bmake sure`),
 * or one of a set of them (`(?:i'll|we will) …` needs "i'll" or "we w"). A list is split into
 * chunks of consecutive patterns, each guarded by its patterns' keys; a text is read once for the
 * keys at its word starts, and only the chunks it holds a key of are run, their matches merged in
 * the order the whole regex would have found them. Patterns with no such literal share a chunk that
 * always runs.
 *
 * The proof is exact, not a heuristic: a guard never hides a match, and the merged matches are the
 * whole regex's (the unit test runs every lexicon list both ways over the evaluation texts). Pure.
 */

import type { Span } from './phrases';

/** Key lengths: long enough to be selective, short enough that most words give one. */
const SHORT = 3;
const LONG = 4;
/** Larger sets of exact strings are not spelled out (`(?:a|b)(?:c|d)…` multiplies). */
const EXACT_LIMIT = 64;

/** A word character of the compiled patterns (`LETTERS` and digits in `patterns.ts`), by code. */
function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 223 && c <= 255 && c !== 247) ||
    (c >= 1072 && c <= 1103) ||
    c === 1105
  );
}
const isWord = (c: string) => isWordCode(c.charCodeAt(0));

/**
 * Percent of texts holding a key at a word start, for keys held by 3% or more: the English replies
 * and requests of the evaluation texts, and the Russian ones on their own. Only the choice between
 * keys uses it (the rarest key guards best); no result depends on it.
 */
const FREQUENT = new Map(
  `you=65|the=62|you =58|the =55|to =45|в =43|не =39|i =37|a =36|и =35|что=33|is =33|tha=31|
it =30|на =28|что =27|вы =27|как=27|of =27|я =27|wha=27|that=27|what=26|это=26|thi=25|
про=24|ста=24|and=23|and =23|do =22|in =22|стат=21|а =21|при=20|for=20|are=20|are =19|
this=19|это =18|hav=18|for =17|have=17|с =17|can=17|not=17|your=17|or =16|мож=16|t =16|
on =16|be =16|ли =15|как =15|do y=15|так=15|can =15|пер=14|wit=14|with=14|pro=14|раз=13|
под=13|не п=13|s =13|not =13|пра=13|прав=12|is t=12|или=12|how=12|или =11|все=11|con=11|
som=11|if =11|but=11|some=11|пере=11|how =11|com=11|по =11|пос=11|за =11|but =11|any=10|
cou=10|of t=10|но =10|as =10|ther=9|que=9|use=9|мог=9|то =9|вам=9|why=9|sho=9|в с=9|пре=9|
an =9|wou=9|woul=9|ques=9|coul=9|к =9|може=9|сам=9|whe=9|пон=9|есл=9|если=9|име=8|why =8|
doe=8|does=8|see=8|о =8|мне=8|abo=8|in t=8|у =8|so =8|thin=8|rea=8|jus=8|just=8|wor=8|
нап=8|ест=8|to t=8|пом=8|don=7|можн=7|abou=7|any =7|еще=7|ист=7|исто=7|вам =7|есть=7|
пред=7|lik=7|like=7|at =7|mea=7|ple=7|ваш=7|вик=7|бы =7|fro=7|plea=7|whi=7|art=7|from=7|
еще =7|кот=7|кото=7|мне =7|did=7|arti=7|mean=7|sta=7|was=7|поч=7|пол=7|каки=7|стр=7|уда=7|
me =7|int=6|shou=6|так =6|дел=6|удал=6|one=6|wan=6|than=6|want=6|mor=6|не в=6|могу=6|
был=6|вики=6|на с=6|was =6|m =6|a s=6|more=6|on t=6|pag=6|page=6|per=6|by =6|чем=6|поче=6|
мен=6|пони=6|бол=6|вас=6|для=6|для =6|я п=6|i'm=6|i'm =6|don'=6|loo=6|воп=6|all=6|whic=6|
get=6|зна=6|како=6|чтоб=6|стра=6|воз=6|быт=6|быть=6|my =5|to b=5|did =5|look=5|вопр=5|
дол=5|прос=5|все =5|нуж=5|кон=5|здр=5|здра=5|kno=5|know=5|pos=5|dis=5|cha=5|exp=5|lin=5|
add=5|вы п=5|вер=5|и п=5|доб=5|хот=5|work=5|prob=5|to d=5|is i=5|one =5|i d=5|из =5|же =5|
буд=5|меня=5|вас =5|ссы=5|ссыл=5|в в=5|авт=5|авто=5|сво=5|посл=5|и н=5|нужн=5|we =5|
to a=5|nee=5|need=5|exa=5|дру=5|в п=5|в о=5|прив=5|вы с=5|пож=5|напи=5|вид=5|пов=5|я н=5|
само=5|edi=5|edit=5|you'=5|to s=5|out=5|app=5|помо=4|в к=4|над=4|уже=4|долж=4|уча=4|
разд=4|в т=4|дос=4|ска=4|в ст=4|шаб=4|шабл=4|а в=4|oth=4|othe=4|a l=4|is a=4|spe=4|имен=4|
друг=4|где=4|не н=4|уже =4|учас=4|спа=4|дост=4|зак=4|тако=4|кол=4|a c=4|re =4|usi=4|
usin=4|i w=4|when=4|mak=4|has=4|it'=4|par=4|cont=4|all =4|als=4|it's=4|also=4|see =4|
tho=4|inte=4|на к=4|тог=4|слу=4|спас=4|тол=4|толь=4|в н=4|наз=4|ука=4|и т=4|und=4|a p=4|
comp=4|res=4|try=4|fin=4|to m=4|a b=4|i do=4|use =4|eve=4|cod=4|no =4|ком=4|пожа=4|обр=4|
рас=4|обс=4|обсу=4|верн=4|не м=4|он =4|указ=4|не с=4|оче=4|may=4|unde=4|get =4|comm=4|
pre=4|real=4|wher=4|to c=4|i a=4|i h=4|code=4|wil=4|has =4|make=4|will=4|этом=4|одн=4|
дела=4|соо=4|кар=4|час=4|чем =4|соб=4|sor=4|chan=4|i c=4|it?=4|i t=4|ve =4|ver=4|ins=4|
if y=4|hel=4|i ha=4|sur=3|ког=3|где =3|при =3|ее =3|от =3|в ви=3|карт=3|воо=3|вооб=3|
я по=3|поп=3|сде=3|сдел=3|осн=3|tim=3|they=3|ask=3|i s=3|ans=3|up =3|sou=3|answ=3|time=3|
spec=3|say=3|be a=3|acc=3|боль=3|обра=3|до =3|вы в=3|кто=3|я в=3|исп=3|про =3|и не=3|
дав=3|пор=3|сто=3|кат=3|не о=3|очен=3|осно=3|я не=3|it i=3|then=3|sam=3|cons=3|act=3|
tal=3|them=3|user=3|goo=3|link=3|her=3|pla=3|sure=3|of a=3|ima=3|ли я=3|и в=3|случ=3|
отк=3|отв=3|тек=3|счи=3|счит=3|зач=3|с п=3|реш=3|нас=3|инт=3|инте=3|соз=3|созд=3|пот=3|
его=3|его =3|рус=3|назв=3|объ=3|вот=3|на в=3|кате=3|возм=3|буде=3|giv=3|onl=3|cla=3|bet=3|
imag=3|talk=3|rem=3|seem=3|an a=3|fil=3|str=3|bee=3|am =3|ref=3|rec=3|dif=3|diff=3|it w=3|
been=3|rep=3|когд=3|полу=3|ост=3|оста=3|надо=3|нет=3|отве=3|ден=3|день=3|прид=3|тре=3|
этот=3|текс=3|в и=3|лич=3|личн=3|там=3|их =3|инф=3|вы н=3|ли в=3|всег=3|добр=3|вот =3|
зам=3|заме=3|аи =3|now=3|give=3|only=3|way=3|post=3|part=3|wik=3|tri=3|a r=3|wiki=3|
in a=3|to r=3|rel=3|del=3|dat=3|expl=3|who=3|here=3|прин=3|тож=3|боле=3|напр=3|перв=3|
заче=3|кур=3|част=3|поз=3|зап=3|да =3|зака=3|без=3|дава=3|знач=3|было=3|сей=3|сейч=3|
нео=3|гов=3|гово=3|колл=3|дан=3|данн=3|help=3|find=3|sorr=3|same=3|i th=3|sec=3|1 =3|
rig=3|it a=3|out =3|lis=3|tak=3|righ=3|poi=3|exam=3|i'v=3|i've=3|list=3|an e=3|cor=3|
a d=3|inst=3|poin=3|cre=3|if i=3|`
    .replace(/\n/g, '')
    .split('|')
    .filter(Boolean)
    .map((entry) => {
      const cut = entry.lastIndexOf('=');
      return [entry.slice(0, cut), Number(entry.slice(cut + 1)) / 100] as const;
    }),
);
/** Keys of a character anywhere in the text, not at a word start: a digit, a question mark. */
const DIGIT = '\u0001digit';
const QUESTION = '\u0001?';
const ANYWHERE = new Map([
  [DIGIT, 0.3],
  [QUESTION, 0.6],
]);
/** A key not in the table is held by about one text in a hundred, or fewer. */
const RARE = 0.01;
const keyCost = (key: string) => FREQUENT.get(key) ?? ANYWHERE.get(key) ?? RARE;

interface Candidate {
  keys: readonly string[];
  cost: number;
}

function candidate(keys: Iterable<string>): Candidate {
  const unique = [...new Set(keys)];
  return { keys: unique, cost: unique.reduce((s, k) => s + keyCost(k), 0) };
}

interface Parsed {
  /** The cheapest set of keys one of which every match holds at a word start; null: none known. */
  guard: Candidate | null;
  /** The position after the part is sure to be a word start when a word character follows. */
  endsAtWordStart: boolean;
  /** Every string the part matches, when it matches a few fixed strings only; null otherwise. */
  exact: string[] | null;
}

/**
 * The keys of a stretch of fixed strings, one of which any match holds; null if one has none. A
 * word of one or two letters gives its own key, the word and a space (`wordKey`), when something
 * not a word character follows it, in the string or right after (`endsWord`: `\b` or `$`).
 */
function keysOfStrings(
  strings: readonly string[],
  startsAtWordStart: boolean,
  endsWord: boolean,
): Candidate | null {
  const keys: string[] = [];
  for (const s of strings) {
    let best: string | null = null;
    let bestCost = Infinity;
    // A key not in the table costs the least there is: the first one found will do.
    for (let j = 0; j < s.length && bestCost > RARE; j++) {
      if (!(j === 0 ? startsAtWordStart : !isWord(s[j - 1]!)) || !isWord(s[j]!)) continue;
      let end = j + 1;
      while (end < s.length && isWord(s[end]!)) end++;
      // The letters at the start of the word, then the word itself when it is short and ends here.
      const letters = j + SHORT <= s.length ? s.slice(j, j + LONG) : null;
      const word = end - j <= 2 && (end < s.length || endsWord) ? `${s.slice(j, end)} ` : null;
      for (const key of [letters, word]) {
        if (key !== null && keyCost(key) < bestCost) [best, bestCost] = [key, keyCost(key)];
      }
    }
    if (best === null) return null;
    keys.push(best);
  }
  return keys.length ? candidate(keys) : null;
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > EXACT_LIMIT) return null;
  return a.flatMap((x) => b.map((y) => x + y));
}

/** What a sequence has read so far: its best guard, and the stretch of fixed strings it is in. */
class Stretch {
  best: Candidate | null = null;
  /** The position read up to is a word start when a word character follows. */
  ws: boolean;
  /** The fixed strings of the stretch read since the last cut, and whether it began a word. */
  run: string[] | null = null;
  runAtWordStart = false;
  /** Every string the sequence so far matches, while that is a few fixed strings. */
  exact: string[] | null = [''];
  /** Characters read since, not yet appended to every string of `run` and `exact` (cheaper so). */
  pending = '';

  constructor(startsAtWordStart: boolean) {
    this.ws = startsAtWordStart;
  }

  consider(c: Candidate | null): void {
    if (c && (!this.best || c.cost < this.best.cost)) this.best = c;
  }

  settle(): void {
    if (!this.pending) return;
    const tail = this.pending;
    if (this.run) for (let k = 0; k < this.run.length; k++) this.run[k] += tail;
    if (this.exact) for (let k = 0; k < this.exact.length; k++) this.exact[k] += tail;
    this.pending = '';
  }

  /** Ends the stretch, taking its keys; `endsWord`: a word cannot go on right after it. */
  flush(endsWord = false): void {
    this.settle();
    if (this.run) this.consider(keysOfStrings(this.run, this.runAtWordStart, endsWord));
    this.run = null;
  }

  /**
   * Extends the stretch by an atom of fixed strings. The position after it is a word start when
   * every string ends in a non-word character (an empty one keeps the state before it).
   */
  extend(strings: readonly string[]): void {
    if (strings.length === 1 && strings[0]) {
      if (!this.run) {
        this.run = [''];
        this.runAtWordStart = this.ws;
      }
      this.pending += strings[0];
      this.ws = !isWord(strings[0][strings[0].length - 1]!);
      return;
    }
    this.settle();
    let next = this.run ? cross(this.run, strings) : [...strings];
    if (!next) {
      this.flush();
      next = [...strings];
    }
    if (!this.run) this.runAtWordStart = this.ws;
    this.run = next;
    let ws = true;
    for (const s of strings) if (!(s ? !isWord(s[s.length - 1]!) : this.ws)) ws = false;
    this.ws = ws;
    this.exact = this.exact && cross(this.exact, strings);
  }
}

class Reader {
  i = 0;
  constructor(readonly src: string) {}

  /** `a|b|c` up to a closing parenthesis or the end: every branch must bring one of its keys. */
  alternation(atWordStart: boolean): Parsed {
    const branches: Parsed[] = [this.sequence(atWordStart)];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence(atWordStart));
    }
    const endsAtWordStart = branches.every((b) => b.endsAtWordStart);
    const exact = branches.every((b) => b.exact)
      ? [...new Set(branches.flatMap((b) => b.exact!))]
      : null;
    const guard = branches.every((b) => b.guard)
      ? candidate(branches.flatMap((b) => b.guard!.keys))
      : null;
    return { guard, endsAtWordStart, exact: exact && exact.length <= EXACT_LIMIT ? exact : null };
  }

  sequence(startsAtWordStart: boolean): Parsed {
    const src = this.src;
    const q = new Stretch(startsAtWordStart);
    while (this.i < src.length && src[this.i] !== '|' && src[this.i] !== ')') {
      const c = src[this.i]!;
      let literal: string | null = null;
      /** A class atom matches only non-word characters (a space, `\s`, `[.!?]`). */
      let nonWord = false;
      let group: Parsed | null = null;
      /** The atom is one of a few letters, or a digit. */
      let letters: string[] | null = null;
      let digit = false;
      const atomStart = this.i;
      if (c === '\\') {
        const e = src[this.i + 1] ?? '';
        this.i += 2;
        if (e === 'b' || e === 'B') {
          // Zero width; before a word character, `\b` means the character before is not one, and
          // after one, that the word ends.
          q.flush(e === 'b');
          q.ws = e === 'b';
          continue;
        }
        if (e === 'p' || e === 'P' || e === 'u') {
          if (src[this.i] === '{') this.i = src.indexOf('}', this.i) + 1;
          else if (e === 'u') this.i += 4;
        } else if (e === 'k') this.i = src.indexOf('>', this.i) + 1;
        else if (e === 's' || e === 'W' || e === 'n' || e === 't' || e === 'r') nonWord = true;
        else if (e === 'd') digit = true;
        else if (e === 'c') this.i += 1;
        else if (e === 'x') this.i += 2;
        else if (!/[dDwSfv0-9]/.test(e)) literal = e;
      } else if (c === '[') {
        const start = ++this.i;
        if (src[this.i] === '^') this.i++;
        if (src[this.i] === ']') this.i++;
        while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
        const body = src.slice(start, this.i);
        this.i++;
        nonWord = !body.startsWith('^') && !/\\[pPwdDWSu]|[\p{L}\p{N}]/u.test(body);
        // A few letters, no ranges (`[её]`): as good as an alternation of them.
        if (/^[\p{Ll}]{1,6}$/u.test(body)) letters = [...new Set(body)];
        digit = body === '0-9' || body === '\\d';
      } else if (c === '(') {
        this.i++;
        let kind = '';
        if (src[this.i] === '?') {
          const m = /^\?(?::|=|!|<=|<!|<[^>]+>)/.exec(src.slice(this.i, this.i + 40));
          if (!m) throw new Error(`unknown group at ${this.i} in ${src}`);
          kind = m[0];
          this.i += m[0].length;
        }
        const inner = this.alternation(q.ws);
        if (src[this.i] !== ')') throw new Error(`unclosed group in ${src}`);
        this.i++;
        if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') {
          // Zero width. What must come before, when it ends in a non-word character, starts a word;
          // so does no letter before (`(?<![\p{L}\p{N}])`, the start boundary written out).
          q.flush();
          if (kind === '?<=' && inner.endsAtWordStart) q.ws = true;
          const body = src.slice(atomStart + 1 + kind.length, this.i - 1);
          if (kind === '?<!' && /^\[(?:[^\]\\]|\\.)*\\p\{L\}(?:[^\]\\]|\\.)*\]$/.test(body))
            q.ws = true;
          continue;
        }
        group = inner;
      } else if (c === '^') {
        this.i++;
        q.flush();
        q.ws = true;
        continue;
      } else if (c === '$') {
        this.i++;
        q.flush(true);
        continue;
      } else if (c === '.') {
        this.i++;
      } else {
        literal = c;
        this.i++;
      }
      const { min, max } = this.quantifier();
      if (min >= 1 && (digit || literal === '?')) q.consider(candidate([digit ? DIGIT : QUESTION]));
      const fixed = literal !== null ? [literal] : (letters ?? group?.exact);
      if (group && fixed?.length === 1 && fixed[0] === '') {
        // Zero width (`(?:^|(?<=[.!?]\s*))`): it may only tell that a word starts here.
        q.flush();
        if (min >= 1) q.ws = group.endsAtWordStart;
        continue;
      }
      if (fixed && max === 1) {
        q.extend(min === 0 ? ['', ...fixed] : fixed);
        continue;
      }
      q.flush();
      q.exact = null;
      const endsNonWord = group
        ? group.endsAtWordStart
        : letters || digit
          ? false
          : literal !== null
            ? !isWord(literal)
            : nonWord;
      if (group && min >= 1) q.consider(group.guard);
      // Repeated at least once, the atom's own ending decides; optional, the start must hold too.
      q.ws = min >= 1 ? endsNonWord : q.ws && endsNonWord;
    }
    q.flush();
    return { guard: q.best, endsAtWordStart: q.ws, exact: q.exact };
  }

  /** The quantifier after an atom, as its least and greatest count (1 and 1 when there is none). */
  quantifier(): { min: number; max: number } {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return { min: 1, max: 1 };
      this.i += m[0].length - 1;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return { min: 1, max: 1 };
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return { min, max };
  }
}

/**
 * The keys one of which any match of this pattern source holds at a word start, or null when the
 * source has no literal that proves it. Sources are written as in the lexicons (`\b`, `\p{L}`).
 */
export function guardKeys(source: string): readonly string[] | null {
  const reader = new Reader(source);
  const parsed = reader.alternation(false);
  if (reader.i !== source.length) throw new Error(`unbalanced ) in ${source}`);
  return parsed.guard?.keys ?? null;
}

/** A run of consecutive patterns compiled on its own, with the bit of its guard (-1: none). */
interface Chunk {
  regex: RegExp;
  bit: number;
}

/** The chunks of each split regex, and for each key the chunks it lets run. */
const CHUNKS = new WeakMap<RegExp, readonly Chunk[]>();
const BY_KEY = new Map<string, number[]>();
let bitCount = 0;

/**
 * Guarded patterns per chunk. One is fastest: scoring a reply runs about 40 small regexes (39.5 on
 * average over the benchmark's texts) instead of about 75 lists of up to a few hundred patterns,
 * at 0.1 ms per reply in the median against 0.2 ms for the unsplit lists (chunks of 2, 4 and 8
 * measured no better, and worse at 8).
 */
const CHUNK_SIZE = 1;

/**
 * Splits a compiled list into runs of consecutive patterns, each compiled by `compile` and guarded
 * by the keys of its patterns, and registers them for `spansOf`. `regex`, compiled
 * from all of `sources`, stays as it is for every other use.
 */
export function split(
  regex: RegExp,
  sources: readonly string[],
  compile: (sources: readonly string[]) => RegExp,
): void {
  const keyed = sources.map((s) => ({ source: s, keys: guardKeys(s) }));
  const runs: (typeof keyed)[] = [];
  for (const k of keyed) {
    const last = runs[runs.length - 1];
    // Unguarded patterns share a chunk (it always runs); guarded ones fill chunks of CHUNK_SIZE.
    if (last && !last[0]!.keys === !k.keys && (!k.keys || last.length < CHUNK_SIZE)) last.push(k);
    else runs.push([k]);
  }
  if (runs.length === 1 && !runs[0]![0]!.keys) return; // one unguarded run: the regex itself
  const chunks = runs.map((run): Chunk => {
    const chunk = { regex: runs.length === 1 ? regex : compile(run.map((k) => k.source)), bit: -1 };
    if (!run[0]!.keys) return chunk;
    chunk.bit = bitCount++;
    for (const key of new Set(run.flatMap((k) => k.keys!))) {
      const list = BY_KEY.get(key);
      if (list) list.push(chunk.bit);
      else BY_KEY.set(key, [chunk.bit]);
    }
    return chunk;
  });
  CHUNKS.set(regex, chunks);
  seen.clear();
  lastBits = null;
}

/** The chunk bits a text lets run; the last texts read are kept. */
const seen = new Map<string, Uint32Array>();
const SEEN_LIMIT = 256;
let lastText = '';
let lastBits: Uint32Array | null = null;

function bitsOf(text: string): Uint32Array {
  if (lastBits && text === lastText) return lastBits;
  let bits = seen.get(text);
  if (!bits) {
    bits = readKeys(text);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(text, bits);
  }
  lastText = text;
  lastBits = bits;
  return bits;
}

/** Reads a text once for its keys, and marks the chunks each key lets run. */
function readKeys(text: string): Uint32Array {
  const bits = new Uint32Array((bitCount + 31) >>> 5);
  const mark = (key: string) => {
    for (const n of BY_KEY.get(key) ?? []) bits[n >>> 5]! |= 1 << (n & 31);
  };
  if (/\d/.test(text)) mark(DIGIT);
  if (text.includes('?')) mark(QUESTION);
  for (let i = 0; i < text.length; i++) {
    if (!isWordCode(text.charCodeAt(i)) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
    let end = i + 1;
    while (end < text.length && end - i <= 2 && isWordCode(text.charCodeAt(end))) end++;
    if (end - i <= 2) mark(`${text.slice(i, end)} `);
    if (i + SHORT <= text.length) mark(text.slice(i, i + SHORT));
    if (i + LONG <= text.length) mark(text.slice(i, i + LONG));
  }
  return bits;
}

/** The chunks of a split regex that can match `text`; null when the regex was not split. */
function activeChunks(regex: RegExp, text: string): RegExp[] | null {
  const chunks = CHUNKS.get(regex);
  if (!chunks) return null;
  const bits = bitsOf(text);
  const active: RegExp[] = [];
  for (const c of chunks) {
    if (c.bit < 0 || (bits[c.bit >>> 5]! & (1 << (c.bit & 31))) !== 0) active.push(c.regex);
  }
  return active;
}

/**
 * Every match of a global regex in `text`, as `text.matchAll(regex)` finds them, as spans (never
 * empty: an empty match marks the character at its place). A split regex runs
 * only the chunks the text lets run, merged: at each step the leftmost match of any chunk, the
 * earliest chunk on a tie (the alternative the whole regex would have taken there).
 */
export function spansOf(regex: RegExp, text: string, limit = Infinity): Span[] {
  const active = activeChunks(regex, text) ?? [regex];
  const out: Span[] = [];
  if (!active.length) return out;
  if (active.length === 1) {
    const only = active[0]!;
    if (!only.global) {
      const m = only.exec(text);
      return m ? [{ start: m.index, end: m.index + Math.max(1, m[0].length) }] : out;
    }
    only.lastIndex = 0;
    for (let m = only.exec(text); m && out.length < limit; m = only.exec(text)) {
      out.push({ start: m.index, end: m.index + Math.max(1, m[0].length) });
      if (!m[0].length) only.lastIndex++;
    }
    only.lastIndex = 0;
    return out;
  }
  // The next match of each chunk from the current position; undefined until looked for.
  const next: (RegExpExecArray | null | undefined)[] = new Array(active.length);
  for (let at = 0; at <= text.length && out.length < limit;) {
    let best = -1;
    for (let c = 0; c < active.length; c++) {
      let m = next[c];
      if (m === undefined || (m && m.index < at)) {
        const r = active[c]!;
        r.lastIndex = at;
        next[c] = m = r.exec(text);
      }
      if (m && (best < 0 || m.index < next[best]!.index)) best = c;
    }
    if (best < 0) break;
    const m = next[best]!;
    out.push({ start: m.index, end: m.index + Math.max(1, m[0].length) });
    at = m.index + Math.max(1, m[0].length);
  }
  for (const r of active) r.lastIndex = 0;
  return out;
}
