// The regex matcher: the parsed tree compiled to a small instruction program, run by a
// backtracking machine with an explicit stack (so deep backtracking never grows the JS
// stack). Atomic groups, lookarounds and recursion run their body as a nested machine
// that keeps only its first success, as PCRE 8 does (a recursion is atomic in PCRE 1).
//
// The subject is an Int32Array of units: bytes without `unicode`, code points with it;
// positions are unit indices (re.ts maps them to byte offsets).
//
// Limits: each match attempt (2), group opening, loop pass, backtrack and nested run
// counts against `matchLimit` (PCRE's match_limit, default 10,000,000); the number of
// pending backtrack points plus nesting depth stands for PCRE's recursion depth
// (match_limit_recursion). The counts follow where PCRE calls its match() but are not
// its exact numbers.
import type { CharTest } from './chars.js';
import { isWord, isVSpace, sameCaseless } from './chars.js';
import { type Newline, type Node, type Parsed, ReError } from './parse.js';

const enum Op {
  Char, CharI, Any, AllAny, Set, Rep1, Split, Jmp, Save, Assert, Sub, Bref, Recurse, CondGroup, CondRec,
  Mark, LoopChk, Succeed, Fail, Accept, Keep, Verb, Bsr, AltMark, Close,
}

interface Insn {
  op: Op;
  c?: number;
  test?: CharTest;
  min?: number;
  max?: number;
  mode?: number; // 0 greedy, 1 lazy, 2 possessive
  x?: number;
  y?: number;
  n?: number;
  k?: string;
  groups?: number[];
  ci?: boolean;
  kind?: number; // Sub: 0 atomic, 1 ahead, 2 neg ahead, 3 behind, 4 neg behind
  subs?: Array<[number, number]>; // behind: [start pc, length]
  alt?: number; // Split of an alternation containing (*THEN): its id
  minTest?: CharTest; // Rep1: the test for the compulsory repeats, when it differs
}

export class LimitError {
  constructor(readonly kind: 'match_limit' | 'match_limit_recursion') {}
}

export interface Program {
  code: Insn[];
  ncap: number;
  nslots: number;
  parsed: Parsed;
  /** Only a match at the start offset (or after a newline for firstline) can succeed. */
  anchored: boolean;
  /** The first unit of any match, when it is one fixed (case-sensitive) unit. */
  firstChar: number;
  /** The first unit of any match, as a set, when known. */
  firstTest: CharTest | null;
}

/** PCRE refuses a recursion that can call itself again before consuming anything. */
function checkLeftRecursion(p: Parsed): void {
  const firsts = (n: Node, out: Array<Extract<Node, { t: 'recurse' }>>): void => {
    switch (n.t) {
      case 'recurse': out.push(n); return;
      case 'seq':
        for (const x of n.items) {
          firsts(x, out);
          if (minLen(x, p) > 0) return;
        }
        return;
      case 'alt': for (const a of n.alts) firsts(a, out); return;
      case 'cap': case 'atomic': case 'rep': case 'look': firsts(n.body, out); return;
      case 'cond':
        if (n.cond.k === 'look') firsts(n.cond.look, out);
        firsts(n.yes, out);
        firsts(n.no, out);
        return;
      default: return;
    }
  };
  const check = (n: number, body: Node): void => {
    const out: Array<Extract<Node, { t: 'recurse' }>> = [];
    firsts(body, out);
    for (const r of out) if (r.n === n) throw new ReError('recursive call could loop indefinitely', r.at);
  };
  check(0, p.root);
  for (const [n, g] of p.groups) check(n, (g as Extract<Node, { t: 'cap' }>).body);
}

export function compileProgram(parsed: Parsed): Program {
  checkLeftRecursion(parsed);
  const c = new Compiler(parsed);
  return c.finish();
}

class Compiler {
  code: Insn[] = [];
  nregs = 0;
  groupStart = new Map<number, number>();
  pendingGroups: number[] = [];
  altIds = 0;
  atomicCaps = new Set<Node>();
  altStack: number[] = [];
  capStack: number[] = [];
  /** Slots: 2 per group (the last complete capture), then 1 per group for where an open
   * group started (a back reference inside a group still sees its previous capture, as
   * in PCRE), then loop registers from `base`. */
  openBase: number;
  base: number;
  utf: boolean;

  constructor(readonly parsed: Parsed) {
    this.openBase = 2 * (parsed.ncap + 1);
    this.base = this.openBase + parsed.ncap + 1;
    this.utf = parsed.opts.utf;
  }

  finish(): Program {
    const code = this.code;
    this.emitNode(this.parsed.root);
    code.push({ op: Op.Succeed });
    while (this.pendingGroups.length > 0) {
      const n = this.pendingGroups.pop()!;
      const start = code.length;
      const pc = this.groupStart.get(n)!;
      code[pc] = { op: Op.Jmp, x: start }; // stub patched to jump to the body
      this.emitNode(this.parsed.groups.get(n)!);
      code.push({ op: Op.Succeed });
    }
    const p = this.parsed;
    const anchored = !p.noStartOpt && isAnchored(p.root);
    const first = p.noStartOpt ? null : firstUnit(p.root);
    return {
      code,
      ncap: p.ncap,
      nslots: this.base + this.nregs,
      parsed: p,
      anchored,
      firstChar: first && first.t === 'char' && !first.ci ? first.c : -1,
      firstTest: first ? firstTestOf(first, this.utf) : null,
    };
  }

  emit(i: Insn): number {
    this.code.push(i);
    return this.code.length - 1;
  }

  /** Compile a body as a separate sub-program ending in Succeed; returns its start. */
  sub(n: Node): number {
    const j = this.emit({ op: Op.Jmp, x: 0 });
    const start = this.code.length;
    this.emitNode(n);
    this.emit({ op: Op.Succeed });
    this.code[j]!.x = this.code.length;
    return start;
  }

  groupEntry(n: number): number {
    let pc = this.groupStart.get(n);
    if (pc === undefined) {
      // reserve a slot; filled with a jump to the group's code at the end
      const j = this.emit({ op: Op.Jmp, x: 0 });
      pc = this.code.length;
      this.emit({ op: Op.Fail });
      this.code[j]!.x = this.code.length;
      this.groupStart.set(n, pc);
      this.pendingGroups.push(n);
    }
    return pc;
  }

  emitNode(n: Node): void {
    const code = this.code;
    switch (n.t) {
      case 'char':
        if (n.ci) this.emit({ op: Op.CharI, c: n.c });
        else this.emit({ op: Op.Char, c: n.c });
        return;
      case 'any':
        this.emit({ op: n.all ? Op.AllAny : Op.Any });
        return;
      case 'set':
        this.emit({ op: Op.Set, test: n.test });
        return;
      case 'seq':
        for (const x of n.items) this.emitNode(x);
        return;
      case 'alt': {
        const jumps: number[] = [];
        const id = hasThen(n) ? ++this.altIds : -1;
        if (id >= 0) this.emit({ op: Op.AltMark, n: id });
        this.altStack.push(id);
        for (let k = 0; k < n.alts.length; k++) {
          if (k < n.alts.length - 1) {
            const s = this.emit({ op: Op.Split, x: 0, y: 0, alt: id });
            code[s]!.x = code.length;
            this.emitNode(n.alts[k]!);
            jumps.push(this.emit({ op: Op.Jmp, x: 0 }));
            code[s]!.y = code.length;
          } else this.emitNode(n.alts[k]!);
        }
        this.altStack.pop();
        for (const j of jumps) code[j]!.x = code.length;
        return;
      }
      case 'cap':
        if (!this.atomicCaps.has(n) && refersTo(n.body, n.n)) {
          // PCRE makes a group that back-references itself atomic
          this.atomicCaps.add(n);
          const start = this.sub(n);
          this.atomicCaps.delete(n);
          this.emit({ op: Op.Sub, kind: 0, x: start });
          return;
        }
        this.emit({ op: Op.Save, n: this.openBase + n.n });
        this.capStack.push(n.n);
        this.emitNode(n.body);
        this.capStack.pop();
        this.emit({ op: Op.Close, n: n.n, x: this.openBase + n.n });
        return;
      case 'rep':
        this.emitRep(n);
        return;
      case 'assert':
        this.emit({ op: Op.Assert, k: n.k });
        return;
      case 'look': {
        if (!n.behind) {
          const start = this.sub(n.body);
          this.emit({ op: Op.Sub, kind: n.neg ? 2 : 1, x: start });
        } else {
          const alts = n.body.t === 'alt' ? n.body.alts : [n.body];
          const subs: Array<[number, number]> = alts.map((a) => [this.sub(a), fixedLen(a, this.parsed)]);
          this.emit({ op: Op.Sub, kind: n.neg ? 4 : 3, subs });
        }
        return;
      }
      case 'atomic': {
        const start = this.sub(n.body);
        this.emit({ op: Op.Sub, kind: 0, x: start });
        return;
      }
      case 'bref':
        this.emit({ op: Op.Bref, groups: n.groups, ci: n.ci });
        return;
      case 'recurse': {
        const pc = n.n === 0 ? 0 : this.groupEntry(n.n);
        this.emit({ op: Op.Recurse, x: pc, n: n.n });
        return;
      }
      case 'cond': {
        const cond = n.cond;
        let test: number;
        if (cond.k === 'group') test = this.emit({ op: Op.CondGroup, groups: cond.groups, y: 0 });
        else if (cond.k === 'rec') test = this.emit({ op: Op.CondRec, n: cond.n, y: 0 });
        else if (cond.k === 'define') {
          this.emit({ op: Op.Jmp, x: 0 });
          test = code.length - 1;
          // DEFINE: the "yes" part is never run, only called
          this.emitNode(n.yes);
          code[test]!.x = code.length;
          return;
        } else {
          const look = cond.look as Extract<Node, { t: 'look' }>;
          this.emitNode(look);
          // on failure of the assertion, jump to "no": done by wrapping in a split
          const lookPc = code.length - 1;
          code[lookPc] = { ...code[lookPc]!, y: -1 };
          test = lookPc;
        }
        this.emitNode(n.yes);
        const j = this.emit({ op: Op.Jmp, x: 0 });
        code[test]!.y = code.length;
        this.emitNode(n.no);
        code[j]!.x = code.length;
        return;
      }
      case 'verb':
        if (n.v === 'FAIL') this.emit({ op: Op.Fail });
        else if (n.v === 'ACCEPT') this.emit({ op: Op.Accept, groups: [...this.capStack], x: this.openBase });
        else {
          const alt = this.altStack.length ? this.altStack[this.altStack.length - 1]! : -1;
          this.emit({ op: Op.Verb, k: n.v === 'THEN' && alt < 0 ? 'PRUNE' : n.v, alt });
        }
        return;
      case 'keep':
        this.emit({ op: Op.Keep });
        return;
      case 'bsr':
        this.emit({ op: Op.Bsr, n: this.parsed.opts.bsrAnycrlf ? 1 : 0 });
        return;
    }
  }

  emitRep(n: Extract<Node, { t: 'rep' }>): void {
    const code = this.code;
    const body = n.body;
    const mode = n.mode === 'greedy' ? 0 : n.mode === 'lazy' ? 1 : 2;
    const single = singleTest(body, this.utf, this.parsed.opts.newline);
    if (single) {
      // PCRE 8 quirk: in UTF-8 mode without ucp, the compulsory repeats of \w and \W take
      // only ASCII as word characters, while a single \w and the optional repeats use the
      // (Latin-1) tables: [233] matches \w and \w* but not \w+.
      let minTest: CharTest | undefined;
      // (PCRE keeps x{1,m} as x followed by x{0,m-1}, so only x+ and x{n,..} with n > 1.)
      if (body.t === 'set' && body.word && this.utf && !this.parsed.opts.ucp && (n.min > 1 || (n.min === 1 && n.max === Infinity))) {
        minTest = body.word === 'w' ? (x) => x < 128 && isWord(x, false) : (x) => !(x < 128 && isWord(x, false));
      }
      this.emit({ op: Op.Rep1, test: single, min: n.min, max: n.max, mode, minTest });
      return;
    }
    if (mode === 2) {
      const start = this.sub({ ...n, mode: 'greedy' });
      this.emit({ op: Op.Sub, kind: 0, x: start });
      return;
    }
    const canEmpty = minLen(body, this.parsed) === 0;
    if (n.max === Infinity && n.min > 0) {
      // x{n,}: n-1 copies, then a loop whose first pass is compulsory; as in PCRE, a pass
      // that matched the empty string ends the loop.
      for (let k = 0; k < n.min - 1; k++) this.emitNode(body);
      const r = canEmpty ? this.base + this.nregs++ : -1;
      const top = code.length;
      if (r >= 0) this.emit({ op: Op.Mark, n: r });
      this.emitNode(body);
      const chk = r >= 0 ? this.emit({ op: Op.LoopChk, n: r, x: 0, y: 0 }) : -1;
      const again = this.emit({ op: Op.Split, x: 0, y: 0 });
      const exit = code.length;
      if (chk >= 0) {
        code[chk]!.x = again;
        code[chk]!.y = exit;
      }
      code[again]!.x = mode === 0 ? top : exit;
      code[again]!.y = mode === 0 ? exit : top;
      return;
    }
    for (let k = 0; k < n.min; k++) this.emitNode(body);
    if (n.max === n.min) return;
    if (n.max === Infinity) {
      const r = canEmpty ? this.base + this.nregs++ : -1;
      const loop = this.emit({ op: Op.Split, x: 0, y: 0 });
      const bodyStart = code.length;
      if (r >= 0) this.emit({ op: Op.Mark, n: r });
      this.emitNode(body);
      if (r >= 0) this.emit({ op: Op.LoopChk, n: r, x: loop, y: 0 });
      else this.emit({ op: Op.Jmp, x: loop });
      const exit = code.length;
      if (r >= 0) code[exit - 1]!.y = exit;
      if (mode === 0) {
        code[loop]!.x = bodyStart;
        code[loop]!.y = exit;
      } else {
        code[loop]!.x = exit;
        code[loop]!.y = bodyStart;
      }
      return;
    }
    // max - min optional copies, nested: (body (body (...)?)?)?
    const splits: number[] = [];
    for (let k = n.min; k < n.max; k++) {
      const s = this.emit({ op: Op.Split, x: 0, y: 0 });
      splits.push(s);
      if (mode === 0) code[s]!.x = code.length;
      else code[s]!.y = code.length;
      this.emitNode(body);
    }
    const exit = code.length;
    for (const s of splits) {
      if (mode === 0) code[s]!.y = exit;
      else code[s]!.x = exit;
    }
  }
}

/** Does the node contain a back reference to group g? */
function refersTo(n: Node, g: number): boolean {
  switch (n.t) {
    case 'bref': return n.groups.includes(g);
    case 'seq': return n.items.some((x) => refersTo(x, g));
    case 'alt': return n.alts.some((x) => refersTo(x, g));
    case 'cap': case 'atomic': case 'rep': case 'look': return refersTo(n.body, g);
    case 'cond': return refersTo(n.yes, g) || refersTo(n.no, g) || (n.cond.k === 'look' && refersTo(n.cond.look, g));
    default: return false;
  }
}

function hasThen(n: Node): boolean {
  switch (n.t) {
    case 'verb': return n.v === 'THEN';
    case 'seq': return n.items.some(hasThen);
    case 'alt': return n.alts.some(hasThen);
    case 'cap': case 'atomic': case 'rep': return hasThen(n.body);
    case 'cond': return hasThen(n.yes) || hasThen(n.no);
    default: return false;
  }
}

function fixedLen(n: Node, p: Parsed): number {
  // lookbehind alternatives were checked by the parser
  return fixedLengthOf(n, p, 0);
}

function fixedLengthOf(n: Node, p: Parsed, depth: number): number {
  switch (n.t) {
    case 'char': case 'any': case 'set': return 1;
    case 'seq': return n.items.reduce((s, x) => s + fixedLengthOf(x, p, depth), 0);
    case 'alt': return n.alts.length ? fixedLengthOf(n.alts[0]!, p, depth) : 0;
    case 'cap': case 'atomic': return fixedLengthOf(n.body, p, depth);
    case 'rep': return n.min * fixedLengthOf(n.body, p, depth);
    case 'recurse': return depth > 20 ? 0 : fixedLengthOf(p.groups.get(n.n)!, p, depth + 1);
    case 'cond': return fixedLengthOf(n.yes, p, depth);
    default: return 0;
  }
}

function minLen(n: Node, p: Parsed, depth = 0): number {
  switch (n.t) {
    case 'char': case 'any': case 'set': return 1;
    case 'bsr': return 1;
    case 'seq': return n.items.reduce((s, x) => s + minLen(x, p, depth), 0);
    case 'alt': return Math.min(...n.alts.map((a) => minLen(a, p, depth)));
    case 'cap': case 'atomic': return minLen(n.body, p, depth);
    case 'rep': return n.min === 0 ? 0 : n.min * minLen(n.body, p, depth);
    case 'recurse': return 0;
    case 'cond': return Math.min(minLen(n.yes, p, depth), minLen(n.no, p, depth));
    case 'bref': return 0;
    default: return 0;
  }
}

/** A single-unit item as a test, for the fast repeat instruction. */
function singleTest(n: Node, utf: boolean, nl: Newline): CharTest | null {
  switch (n.t) {
    case 'char': {
      const c = n.c;
      if (!n.ci) return (x) => x === c;
      return (x) => sameCaseless(x, c, utf);
    }
    case 'set':
      return n.test;
    case 'any':
      if (n.all) return () => true;
      if (nl === 'lf') return (x) => x !== 10;
      if (nl === 'cr') return (x) => x !== 13;
      return null; // multi-unit newlines: use the general loop
    default:
      return null;
  }
}

function isAnchored(n: Node): boolean {
  switch (n.t) {
    case 'assert': return n.k === 'A' || n.k === 'bol';
    case 'seq': return n.items.length > 0 && isAnchored(n.items[0]!);
    case 'alt': return n.alts.every(isAnchored);
    case 'cap': case 'atomic': return isAnchored(n.body);
    default: return false;
  }
}

/** The node that must match the first unit of any match, if there is a simple one. */
function firstUnit(n: Node): Extract<Node, { t: 'char' | 'set' }> | null {
  switch (n.t) {
    case 'char': case 'set': return n;
    case 'seq':
      for (const x of n.items) {
        if (x.t === 'assert' && (x.k === 'b' || x.k === 'B' || x.k === 'G' || x.k === 'A')) continue;
        if (x.t === 'verb' && x.v !== 'ACCEPT' && x.v !== 'FAIL') continue;
        return firstUnit(x);
      }
      return null;
    case 'cap': case 'atomic': return firstUnit(n.body);
    case 'rep':
      // (a repeated \w or \W may test its first character differently, see emitRep)
      if (n.body.t === 'set' && n.body.word) return null;
      return n.min >= 1 ? firstUnit(n.body) : null;
    default: return null;
  }
}

function firstTestOf(n: Extract<Node, { t: 'char' | 'set' }>, utf: boolean): CharTest {
  if (n.t === 'set') return n.test;
  const c = n.c;
  if (!n.ci) return (x) => x === c;
  return (x) => sameCaseless(x, c, utf);
}

// ======================================================================= matching

export interface MatchOptions {
  notbol: boolean;
  noteol: boolean;
  notempty: boolean;
  notemptyAtstart: boolean;
  anchored: boolean;
  matchLimit: number;
  recursionLimit: number;
}

/** The result of one match attempt: capture slots (unit positions, -1 unset) or null. */
export type Slots = Int32Array;

const BT_BRANCH = 1;
const BT_SLOT = 2;
const BT_REPG = 3;
const BT_REPL = 4;
const BT_ALL = 5;
const BT_VERB = 6;
const BT_ALTMARK = 7;

// Signals from a run besides a position: no match here, and verbs.
const R_FAIL = -1;
const R_COMMIT = -2;
const R_PRUNE = -3;
const R_THEN = -1000000000;
// R_SKIP - k: skip to position k
const R_SKIP = -4;

export class Matcher {
  readonly code: Insn[];
  readonly len: number;
  steps = 0;
  depth = 0;
  startOffset = 0;
  matchStart = 0;
  recursionGroups: number[] = [];
  accepted = false;
  readonly nl: Newline;
  readonly ucp: boolean;
  readonly utf: boolean;

  constructor(
    readonly prog: Program,
    readonly s: Int32Array,
    readonly o: MatchOptions,
  ) {
    this.code = prog.code;
    this.len = s.length;
    this.nl = prog.parsed.opts.newline;
    this.ucp = prog.parsed.opts.ucp;
    this.utf = prog.parsed.opts.utf;
  }

  /** Length of a newline starting at pos, 0 if none. */
  nlAt(pos: number): number {
    const s = this.s;
    if (pos >= this.len) return 0;
    const c = s[pos]!;
    switch (this.nl) {
      case 'lf': return c === 10 ? 1 : 0;
      case 'cr': return c === 13 ? 1 : 0;
      case 'crlf': return c === 13 && pos + 1 < this.len && s[pos + 1] === 10 ? 2 : 0;
      case 'anycrlf':
        if (c === 13) return pos + 1 < this.len && s[pos + 1] === 10 ? 2 : 1;
        return c === 10 ? 1 : 0;
      case 'any':
        if (c === 13) return pos + 1 < this.len && s[pos + 1] === 10 ? 2 : 1;
        return isVSpace(c) ? 1 : 0;
    }
  }

  /** Is there a newline ending exactly at pos? */
  nlBefore(pos: number): boolean {
    const s = this.s;
    if (pos <= 0) return false;
    const c = s[pos - 1]!;
    switch (this.nl) {
      case 'lf': return c === 10;
      case 'cr': return c === 13;
      case 'crlf': return c === 10 && pos >= 2 && s[pos - 2] === 13;
      case 'anycrlf': return c === 10 || c === 13;
      case 'any': return isVSpace(c);
    }
  }

  wordAt(pos: number): boolean {
    return pos >= 0 && pos < this.len && isWord(this.s[pos]!, this.ucp);
  }

  assert(k: string, pos: number): boolean {
    const len = this.len;
    switch (k) {
      case 'bol': return pos === 0 && !this.o.notbol;
      case 'mbol':
        if (pos === 0) return !this.o.notbol;
        return pos < len && this.nlBefore(pos);
      case 'eol':
        if (this.o.noteol) return false;
        return pos === len || (this.nlAt(pos) > 0 && pos + this.nlAt(pos) === len);
      case 'eolonly': return pos === len && !this.o.noteol;
      case 'meol':
        if (pos === len) return !this.o.noteol;
        return this.nlAt(pos) > 0;
      case 'A': return pos === 0;
      case 'z': return pos === len;
      case 'Z': return pos === len || (this.nlAt(pos) > 0 && pos + this.nlAt(pos) === len);
      case 'G': return pos === this.startOffset;
      case 'b': return this.wordAt(pos - 1) !== this.wordAt(pos);
      case 'B': return this.wordAt(pos - 1) === this.wordAt(pos);
    }
    return false;
  }

  count(): void {
    if (++this.steps > this.o.matchLimit) throw new LimitError('match_limit');
  }

  /**
   * Run the program from `pc` at `pos` with the capture slots `caps` (updated in place on
   * success). `top` is true for the whole pattern (where notempty applies). Returns the end
   * position or a negative signal.
   */
  run(pc: number, pos: number, caps: Int32Array, top: boolean): number {
    const code = this.code;
    const s = this.s;
    const len = this.len;
    const stack: Array<number | Int32Array> = [];
    let npoints = 0;
    if (++this.depth > 5000 || this.depth > this.o.recursionLimit) throw new LimitError('match_limit_recursion');
    try {
      for (;;) {
        let ok = true;
        const ins = code[pc]!;
        switch (ins.op) {
          case Op.Char:
            if (pos < len && s[pos] === ins.c) {
              pos++;
              pc++;
            } else ok = false;
            break;
          case Op.CharI:
            if (pos < len && sameCaseless(s[pos]!, ins.c!, this.utf)) {
              pos++;
              pc++;
            } else ok = false;
            break;
          case Op.Any: {
            if (pos < len && this.nlAt(pos) === 0) {
              pos++;
              pc++;
            } else ok = false;
            break;
          }
          case Op.AllAny:
            if (pos < len) {
              pos++;
              pc++;
            } else ok = false;
            break;
          case Op.Set:
            if (pos < len && ins.test!(s[pos]!)) {
              pos++;
              pc++;
            } else ok = false;
            break;
          case Op.Rep1: {
            const t = ins.test!;
            const min = ins.min!;
            const max = ins.max!;
            let e = pos;
            const minEnd = pos + min;
            if (ins.minTest) {
              const mt = ins.minTest;
              while (e < minEnd && e < len && mt(s[e]!)) e++;
              if (e < minEnd) {
                ok = false;
                break;
              }
            }
            if (ins.mode === 1) {
              // lazy: take the minimum, then one more on each backtrack
              while (e < minEnd && e < len && t(s[e]!)) e++;
              if (e < minEnd) {
                ok = false;
                break;
              }
              if (min < max) {
                stack.push(pc, e, min, BT_REPL);
                npoints++;
              }
              pos = e;
              pc++;
              break;
            }
            const lim = max === Infinity ? len : Math.min(len, pos + max);
            while (e < lim && t(s[e]!)) e++;
            if (e < minEnd) {
              ok = false;
              break;
            }
            if (ins.mode === 0 && e > minEnd) {
              stack.push(pc + 1, e, minEnd, BT_REPG);
              npoints++;
            }
            pos = e;
            pc++;
            break;
          }
          case Op.Split:
            if (ins.alt === undefined) this.count(); // a repeat's iteration (PCRE recurses there)
            stack.push(ins.y!, pos, ins.alt ?? -1, BT_BRANCH);
            npoints++;
            if (npoints + this.depth > this.o.recursionLimit) throw new LimitError('match_limit_recursion');
            pc = ins.x!;
            break;
          case Op.Jmp:
            pc = ins.x!;
            break;
          case Op.AltMark:
            stack.push(ins.n!, BT_ALTMARK);
            pc++;
            break;
          case Op.Save: {
            const n = ins.n!;
            this.count(); // a group opens (PCRE recurses there)
            stack.push(n, caps[n]!, BT_SLOT);
            caps[n] = pos;
            pc++;
            break;
          }
          case Op.Close: {
            const g = 2 * ins.n!;
            stack.push(g, caps[g]!, BT_SLOT, g + 1, caps[g + 1]!, BT_SLOT);
            caps[g] = caps[ins.x!]!;
            caps[g + 1] = pos;
            pc++;
            break;
          }
          case Op.Mark: {
            const n = ins.n!;
            stack.push(n, caps[n]!, BT_SLOT);
            caps[n] = pos;
            pc++;
            break;
          }
          case Op.LoopChk:
            pc = caps[ins.n!] === pos ? ins.y! : ins.x!;
            break;
          case Op.Assert:
            if (this.assert(ins.k!, pos)) pc++;
            else ok = false;
            break;
          case Op.Keep:
            this.matchStart = pos;
            pc++;
            break;
          case Op.Bsr: {
            if (pos >= len) {
              ok = false;
              break;
            }
            const c = s[pos]!;
            if (c === 13 && pos + 1 < len && s[pos + 1] === 10) pos += 2;
            else if (ins.n === 1 ? c === 10 || c === 13 : isVSpace(c) && (this.utf || c < 256)) pos++;
            else {
              ok = false;
              break;
            }
            pc++;
            break;
          }
          case Op.Bref: {
            let g = -1;
            for (const n of ins.groups!) if (caps[2 * n + 1]! >= 0) {
              g = n;
              break;
            }
            if (g < 0) {
              ok = false; // an unset group never matches (PCRE default)
              break;
            }
            const a = caps[2 * g]!;
            const b = caps[2 * g + 1]!;
            const l = b - a;
            if (pos + l > len) {
              ok = false;
              break;
            }
            for (let k = 0; k < l; k++) {
              const x = s[a + k]!;
              const y = s[pos + k]!;
              if (x !== y && !(ins.ci && sameCaseless(x, y, this.utf))) {
                ok = false;
                break;
              }
            }
            if (ok) {
              pos += l;
              pc++;
            }
            break;
          }
          case Op.CondGroup: {
            let set = false;
            for (const n of ins.groups!) if (caps[2 * n + 1]! >= 0) set = true;
            pc = set ? pc + 1 : ins.y!;
            break;
          }
          case Op.CondRec: {
            const r = this.recursionGroups;
            const cur = r.length ? r[r.length - 1]! : -1;
            const yes = ins.n === -1 ? r.length > 0 : cur === ins.n;
            pc = yes ? pc + 1 : ins.y!;
            break;
          }
          case Op.Sub: {
            this.count();
            const kind = ins.kind!;
            if (kind === 0) {
              const saved = caps.slice();
              const r = this.run(ins.x!, pos, caps, false);
              if (r <= R_COMMIT) return r;
              if (r < 0) {
                caps.set(saved);
                ok = false;
                break;
              }
              stack.push(saved, BT_ALL);
              if (this.accepted) return r;
              pos = r;
              pc++;
              break;
            }
            const neg = kind === 2 || kind === 4;
            let found = false;
            const saved = caps.slice();
            const acc = this.accepted;
            if (kind <= 2) {
              const r = this.run(ins.x!, pos, caps, false);
              found = r >= 0;
            } else {
              for (const [start, l] of ins.subs!) {
                if (pos - l < 0) continue;
                const r = this.run(start, pos - l, caps, false);
                if (r >= 0) {
                  found = true;
                  break;
                }
              }
            }
            this.accepted = acc;
            if (found !== neg) {
              if (found) stack.push(saved, BT_ALL);
              else caps.set(saved);
              pc++;
            } else {
              caps.set(saved);
                if (ins.y !== undefined && ins.y >= 0) pc = ins.y;
              else ok = false;
            }
            break;
          }
          case Op.Recurse: {
            this.count();
            const saved = caps.slice();
            this.recursionGroups.push(ins.n!);
            const acc = this.accepted;
            let r: number;
            try {
              r = this.run(ins.x!, pos, caps, false);
            } finally {
              this.recursionGroups.pop();
            }
            this.accepted = acc;
            caps.set(saved); // captures inside a recursion are local to it
            if (r <= R_COMMIT) return r;
            if (r < 0) {
              ok = false;
              break;
            }
            pos = r;
            pc++;
            break;
          }
          case Op.Succeed:
          case Op.Accept:
            if (top && ((this.o.notempty && pos === this.matchStart) ||
                (this.o.notemptyAtstart && pos === this.matchStart && pos === this.startOffset))) {
              ok = false;
              break;
            }
            if (ins.op === Op.Accept) {
              this.accepted = true;
              for (const g of ins.groups!) {
                // the groups (*ACCEPT) is in end here
                caps[2 * g] = caps[ins.x! + g]!;
                caps[2 * g + 1] = pos;
              }
            }
            return pos;
          case Op.Fail:
            ok = false;
            break;
          case Op.Verb:
            stack.push(
              ins.k === 'COMMIT' ? R_COMMIT : ins.k === 'SKIP' ? R_SKIP - pos : ins.k === 'THEN' ? R_THEN - ins.alt! : R_PRUNE,
              BT_VERB,
            );
            pc++;
            break;
        }
        if (ok) continue;
        // backtrack
        let thenAlt = -1; // backtracking onto (*THEN): skip to the next alternative of this alternation
        for (;;) {
          if (stack.length === 0) return R_FAIL;
          const kind = stack.pop() as number;
          if (kind === BT_ALTMARK) {
            if ((stack.pop() as number) === thenAlt) thenAlt = -1;
            continue;
          }
          if (kind === BT_SLOT) {
            const old = stack.pop() as number;
            caps[stack.pop() as number] = old;
            continue;
          }
          if (kind === BT_ALL) {
            caps.set(stack.pop() as Int32Array);
            continue;
          }
          if (kind === BT_VERB) {
            const sig = stack.pop() as number;
            if (thenAlt >= 0) continue;
            if (sig <= R_THEN) {
              thenAlt = R_THEN - sig;
              continue;
            }
            return sig;
          }
          npoints--;
          if (kind === BT_BRANCH) {
            const alt = stack.pop() as number;
            const p2 = stack.pop() as number;
            const pc2 = stack.pop() as number;
            if (thenAlt >= 0 && alt !== thenAlt) continue;
            thenAlt = -1;
            this.count();
            pos = p2;
            pc = pc2;
            break;
          }
          if (thenAlt >= 0) {
            stack.length -= 3; // a repeat's backtrack point, skipped
            continue;
          }
          this.count();
          if (kind === BT_REPG) {
            const minEnd = stack.pop() as number;
            const e = (stack.pop() as number) - 1;
            const next = stack.pop() as number;
            if (e > minEnd) {
              stack.push(next, e, minEnd, BT_REPG);
              npoints++;
            }
            pos = e;
            pc = next;
            break;
          }
          if (kind === BT_REPL) {
            const count = stack.pop() as number;
            const e = stack.pop() as number;
            const rp = stack.pop() as number;
            const ins = code[rp]!;
            if (e < len && ins.test!(s[e]!)) {
              if (count + 1 < ins.max!) {
                stack.push(rp, e + 1, count + 1, BT_REPL);
                npoints++;
              }
              pos = e + 1;
              pc = rp + 1;
              break;
            }
            continue;
          }
        }
      }
    } finally {
      this.depth--;
    }
  }

  /** When no start position can match: PCRE still makes one (failing) attempt at the end. */
  lastTry(): null {
    this.steps += 2;
    if (this.steps > this.o.matchLimit) throw new LimitError('match_limit');
    return null;
  }

  /** The next start position after `at`: PCRE never starts between the CR and LF of a
   * CRLF when CRLF can be a newline, unless the pattern mentions CR or LF itself. */
  bump(at: number): number {
    at++;
    const s = this.s;
    if (
      at < this.len && s[at] === 10 && s[at - 1] === 13 && !this.prog.parsed.hasCrOrLf &&
      (this.nl === 'crlf' || this.nl === 'any' || this.nl === 'anycrlf')
    ) at++;
    return at;
  }

  /**
   * Find a match starting at or after `start` (a unit index). Returns the capture slots
   * (slot 0/1 the whole match) or null.
   */
  exec(start: number, firstlineEnd: number): Int32Array | null {
    const prog = this.prog;
    this.startOffset = start;
    const nslots = prog.nslots;
    const anchored = this.o.anchored || prog.anchored;
    const multilineStart = !anchored && isMultilineStart(prog.parsed.root);
    const ft = prog.firstTest;
    const fc = prog.firstChar;
    const s = this.s;
    for (let at = start; at <= this.len; ) {
      if (at > firstlineEnd) return null;
      if (!anchored) {
        if (fc >= 0) {
          let k = at;
          while (k < this.len && s[k] !== fc) k++;
          if (k >= this.len) return this.lastTry();
          at = k;
        } else if (ft) {
          let k = at;
          while (k < this.len && !ft(s[k]!)) k++;
          if (k >= this.len) return this.lastTry();
          at = k;
        } else if (multilineStart && at > 0 && !this.nlBefore(at)) {
          at = this.bump(at);
          continue;
        }
        if (at > firstlineEnd) return null;
      }
      const caps = new Int32Array(nslots).fill(-1);
      this.steps += 2;
      if (this.steps > this.o.matchLimit) throw new LimitError('match_limit');
      this.matchStart = at;
      this.accepted = false;
      const r = this.run(0, at, caps, true);
      if (r >= 0) {
        caps[0] = this.matchStart;
        caps[1] = r;
        return caps;
      }
      if (anchored || r === R_COMMIT) return null;
      if (r <= R_SKIP && R_SKIP - r > at) {
        at = R_SKIP - r;
        continue;
      }
      at = this.bump(at);
    }
    return null;
  }
}

function isMultilineStart(n: Node): boolean {
  switch (n.t) {
    case 'assert': return n.k === 'mbol';
    case 'seq': return n.items.length > 0 && isMultilineStart(n.items[0]!);
    case 'alt': return n.alts.every(isMultilineStart);
    case 'cap': case 'atomic': return isMultilineStart(n.body);
    default: return false;
  }
}
