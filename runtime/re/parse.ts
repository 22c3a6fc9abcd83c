// The regex parser: PCRE 8 pattern syntax to a tree (Node), with PCRE's compile errors.
//
// The pattern is an array of units: bytes without `unicode`, code points with it. Errors
// carry PCRE's message and an offset in units (re.ts turns it into a byte offset).
// Option letters ((?i) etc.) are resolved here: every node carries the settings it was
// parsed under (caseless chars, multiline anchors, dotall dots), so the matcher never
// looks at option state.
import {
  type CharTest, caseVariants, isDigit, isWordL1, isHSpace, isSpace, isVSpace, isWord, otherCase, posixClass, unicodeProperty,
} from './chars.js';

export type Newline = 'lf' | 'cr' | 'crlf' | 'anycrlf' | 'any';

export type Node =
  | { t: 'char'; c: number; ci: boolean }
  | { t: 'any'; all: boolean }
  | { t: 'set'; test: CharTest; word?: 'w' | 'W' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'cap'; n: number; body: Node }
  | { t: 'rep'; body: Node; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive' }
  | { t: 'assert'; k: 'bol' | 'mbol' | 'eol' | 'meol' | 'eolonly' | 'A' | 'z' | 'Z' | 'G' | 'b' | 'B' }
  | { t: 'look'; behind: boolean; neg: boolean; body: Node }
  | { t: 'atomic'; body: Node }
  | { t: 'bref'; groups: number[]; ci: boolean; name?: string; at: number }
  | { t: 'recurse'; n: number; name?: string; at: number }
  | { t: 'cond'; cond: Cond; yes: Node; no: Node }
  | { t: 'verb'; v: 'FAIL' | 'ACCEPT' | 'COMMIT' | 'PRUNE' | 'SKIP' | 'THEN' }
  | { t: 'keep' }
  | { t: 'bsr' };

export type Cond =
  | { k: 'group'; groups: number[]; name?: string; at: number }
  | { k: 'rec'; n: number }
  | { k: 'define' }
  | { k: 'look'; look: Node };

export interface Options {
  caseless: boolean;
  multiline: boolean;
  dotall: boolean;
  extended: boolean;
  ungreedy: boolean;
  dupnames: boolean;
  dollarEndonly: boolean;
  noAutoCapture: boolean;
  utf: boolean;
  ucp: boolean;
  newline: Newline;
  bsrAnycrlf: boolean;
  /** Settings given to re:run, which win over (*CR)-style settings in the pattern. */
  forceNewline?: Newline;
  forceBsr?: boolean;
}

export interface Parsed {
  root: Node;
  ncap: number;
  names: Map<string, number[]>;
  /** The capture nodes by number (for recursion into a group). */
  groups: Map<number, Node>;
  opts: Options;
  /** (*NO_START_OPT) at the start of the pattern. */
  noStartOpt: boolean;
  /** The pattern has a literal CR or LF (PCRE then may start a match inside a CRLF). */
  hasCrOrLf: boolean;
}

export class ReError {
  constructor(
    readonly message: string,
    readonly offset: number,
    /** Bytes to add to the offset once it is a byte offset (an error inside a UTF-8 sequence). */
    readonly byteDelta = 0,
  ) {}
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  U: boolean;
  J: boolean;
}

const ERR = {
  missingParen: 'missing )',
  unmatched: 'unmatched parentheses',
  missingBracket: 'missing terminating ] for character class',
  nothing: 'nothing to repeat',
  order: 'numbers out of order in {} quantifier',
  tooBig: 'number too big in {} quantifier',
  backslashEnd: '\\ at end of pattern',
  cEnd: '\\c at end of pattern',
  unrecognized: 'unrecognized character after (? or (?-',
  rangeOrder: 'range out of order in character class',
  badProp: 'unknown property name after \\P or \\p',
  badPosix: 'unknown POSIX class name',
  lookbehind: 'lookbehind assertion is not fixed length',
  noSuch: 'reference to non-existent subpattern',
  dupName: 'two named subpatterns have the same name',
  nameDigit: 'group name must start with a non-digit',
  comment: 'missing ) after comment',
  verb: '(*VERB) not recognized or malformed',
  zeroRef: 'a numbered reference must not be zero',
  tooLarge: 'character value in \\x{} or \\o{} is too large',
  kName: '\\k is not followed by a braced, angle-bracketed, or quoted name',
  condBranches: 'conditional group contains more than two branches',
  assertExpected: 'assertion expected after (?( or (?(?C)',
  malformedNum: 'malformed number or name after (?(',
  nameTerminator: 'syntax error in subpattern name (missing terminator)',
  gSyntax: '\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number',
  rangeEscape: 'invalid range in character class',
  posixOutside: 'POSIX named classes are supported only within a class',
  missingPropBrace: 'malformed \\P or \\p sequence',
  recursiveInfinite: 'recursive call could loop indefinitely',
  verbArg: 'an argument is not allowed for (*ACCEPT), (*FAIL), or (*COMMIT)',
  cAscii: '\\c must be followed by an ASCII character',
  rParen: '(?R or (?[+-]digits must be followed by )',
  nonHex: 'non-hex character in \\x{} (closing brace missing?)',
  nonOctal: 'non-octal character in \\o{} (closing brace missing?)',
  collating: 'POSIX collating elements are not supported',
  unrecognizedP: 'unrecognized character after (?P',
  unrecognizedLt: 'unrecognized character after (?<',
  badUtf8: 'invalid UTF-8 string',
} as const;

const C = (s: string): number => s.charCodeAt(0);

export function parse(p: number[], opts: Options): Parsed {
  return new Parser(p, opts).run();
}

class Parser {
  i = 0;
  ncap = 0;
  names = new Map<string, number[]>();
  groups = new Map<number, Node>();
  refs: Node[] = [];
  conds: Cond[] = [];
  noStartOpt = false;
  hasCrOrLf = false;

  constructor(
    readonly p: number[],
    readonly opts: Options,
  ) {}

  fail(msg: string, at: number = this.i): never {
    throw new ReError(msg, at);
  }

  peek(k = 0): number {
    const c = this.p[this.i + k];
    return c === undefined ? -1 : c;
  }

  lookingAt(s: string): boolean {
    for (let k = 0; k < s.length; k++) if (this.p[this.i + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  run(): Parsed {
    this.startVerbs();
    const o = this.opts;
    const flags: Flags = { i: o.caseless, m: o.multiline, s: o.dotall, x: o.extended, U: o.ungreedy, J: o.dupnames };
    const root = this.parseAlt(flags);
    if (this.i < this.p.length) this.fail(ERR.unmatched);
    for (const r of this.refs) {
      if (r.t === 'bref') {
        if (r.name !== undefined) {
          const g = this.names.get(r.name);
          if (!g) this.fail(ERR.noSuch, r.at);
          r.groups = g;
        } else if (r.groups[0]! > this.ncap) this.fail(ERR.noSuch, this.p.length);
      } else if (r.t === 'recurse') {
        if (r.name !== undefined) {
          const g = this.names.get(r.name);
          if (!g) this.fail(ERR.noSuch, r.at);
          r.n = g[0]!;
        } else if (r.n > this.ncap) this.fail(ERR.noSuch, r.at);
      }
    }
    for (const c of this.conds) {
      if (c.k === 'group') {
        if (c.name !== undefined) {
          const g = this.names.get(c.name);
          if (!g) this.fail(ERR.noSuch, c.at);
          c.groups = g;
        } else if (c.groups[0]! > this.ncap) this.fail(ERR.noSuch, c.at);
      }
    }
    return {
      root, ncap: this.ncap, names: this.names, groups: this.groups, opts: o, noStartOpt: this.noStartOpt,
      hasCrOrLf: this.hasCrOrLf,
    };
  }

  /** Leading (*UTF8), (*UCP), (*CR) ... settings. */
  startVerbs(): void {
    this.startVerbs1();
    const o = this.opts;
    if (o.forceNewline) o.newline = o.forceNewline;
    if (o.forceBsr !== undefined) o.bsrAnycrlf = o.forceBsr;
  }

  startVerbs1(): void {
    for (;;) {
      if (!this.lookingAt('(*')) return;
      const m = /^\(\*([A-Z_0-9=]+)\)/.exec(String.fromCharCode(...this.p.slice(this.i, this.i + 40)));
      if (!m) return;
      const o = this.opts;
      switch (m[1]) {
        case 'UTF8': case 'UTF': o.utf = true; break;
        case 'UCP': o.ucp = true; break;
        case 'CR': o.newline = 'cr'; break;
        case 'LF': o.newline = 'lf'; break;
        case 'CRLF': o.newline = 'crlf'; break;
        case 'ANYCRLF': o.newline = 'anycrlf'; break;
        case 'ANY': o.newline = 'any'; break;
        case 'BSR_ANYCRLF': o.bsrAnycrlf = true; break;
        case 'BSR_UNICODE': o.bsrAnycrlf = false; break;
        case 'NO_START_OPT': this.noStartOpt = true; break;
        default: return;
      }
      this.i += m[0].length;
    }
  }

  skipExtended(f: Flags): void {
    if (!f.x) return;
    for (;;) {
      const c = this.peek();
      if (c === 32 || (c >= 9 && c <= 13)) this.i++;
      else if (c === C('#')) {
        while (this.i < this.p.length && this.p[this.i] !== 10) this.i++;
      } else return;
    }
  }

  parseAlt(f: Flags): Node {
    const alts: Node[] = [this.parseSeq(f)];
    while (this.peek() === C('|')) {
      this.i++;
      alts.push(this.parseSeq(f));
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  parseSeq(f: Flags): Node {
    const items: Node[] = [];
    for (;;) {
      this.skipExtended(f);
      const c = this.peek();
      if (c === -1 || c === C('|') || c === C(')')) break;
      const atom = this.parseAtom(f);
      if (atom === null) continue;
      this.skipExtended(f);
      items.push(this.parseQuantified(atom, f));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  /** Quantifiers after an atom (possibly several, e.g. a{2}{3}). */
  parseQuantified(atom: Node, f: Flags): Node {
    let node = atom;
    let quantified = false;
    for (;;) {
      const c = this.peek();
      let min: number, max: number;
      const qstart = this.i;
      if (c === C('*')) {
        min = 0; max = Infinity; this.i++;
      } else if (c === C('+')) {
        min = 1; max = Infinity; this.i++;
      } else if (c === C('?')) {
        min = 0; max = 1; this.i++;
      } else if (c === C('{')) {
        const b = this.braces();
        if (b && quantified) this.fail(ERR.nothing, this.i - 1);
        if (!b) return node;
        [min, max] = b;
      } else return node;
      if (quantified) this.fail(ERR.nothing, qstart);
      if (!repeatable(node)) this.fail(ERR.nothing, qstart);
      let mode: 'greedy' | 'lazy' | 'possessive' = f.U ? 'lazy' : 'greedy';
      if (this.peek() === C('?')) {
        this.i++;
        mode = f.U ? 'greedy' : 'lazy';
      } else if (this.peek() === C('+')) {
        this.i++;
        mode = 'possessive';
      }
      if (node.t === 'look' && max > 1) max = 1;
      node = { t: 'rep', body: node, min, max, mode };
      quantified = true;
      this.skipExtended(f);
    }
  }

  /** {n}, {n,}, {n,m}: the bounds, or null if this '{' is a literal. */
  braces(): [number, number] | null {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(String.fromCharCode(...this.p.slice(this.i, this.i + 24).map((x) => (x > 127 ? 0 : x))));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    const end = this.i + m[0].length;
    if (min > 65535 || (max !== Infinity && max > 65535)) this.fail(ERR.tooBig, end - 1);
    if (max < min) this.fail(ERR.order, end - 1);
    this.i = end;
    return [min, max];
  }

  parseAtom(f: Flags): Node | null {
    const c = this.p[this.i]!;
    switch (c) {
      case 0x28: // (
        return this.parseGroup(f);
      case 0x5b: // [
        return this.parseClass(f);
      case 0x5c: // backslash
        return this.parseEscape(f);
      case 0x2e: // .
        this.i++;
        return { t: 'any', all: f.s };
      case 0x5e: // ^
        this.i++;
        return { t: 'assert', k: f.m ? 'mbol' : 'bol' };
      case 0x24: // $
        this.i++;
        return { t: 'assert', k: f.m ? 'meol' : this.opts.dollarEndonly ? 'eolonly' : 'eol' };
      case 0x2a: case 0x2b: case 0x3f: // * + ?
        return this.fail(ERR.nothing);
      case 0x7b: { // {
        const save = this.i;
        if (this.braces()) this.fail(ERR.nothing, save);
        this.i = save + 1;
        return this.lit(c, f);
      }
      default:
        this.i++;
        return this.lit(c, f);
    }
  }

  lit(c: number, f: Flags): Node {
    if (c === 10 || c === 13) this.hasCrOrLf = true;
    return { t: 'char', c, ci: f.i && otherCase(c, this.opts.utf) !== c };
  }

  // ------------------------------------------------------------------ groups

  /** A name char: PCRE tests bytes against its (Latin-1) tables, even in UTF-8 mode. */
  nameChar(c: number): boolean {
    return c < 128 || !this.opts.utf ? isWordL1(c) : false;
  }

  readName(term: number): string {
    const start = this.i;
    if (this.peek() >= 48 && this.peek() <= 57) this.fail(ERR.nameDigit);
    while (this.i < this.p.length && this.nameChar(this.p[this.i]!)) this.i++;
    if (this.peek() !== term) {
      // a multi-byte character: PCRE took its lead byte (a Latin-1 letter) as part of the name
      const c = this.peek();
      if (this.opts.utf && c >= 128 && isWordL1(utf8Lead(c))) {
        throw new ReError(ERR.nameTerminator, this.i, 1);
      }
      this.fail(ERR.nameTerminator);
    }
    const name = String.fromCodePoint(...this.p.slice(start, this.i));
    this.i++;
    return name;
  }

  closeParen(): void {
    if (this.peek() !== C(')')) this.fail(ERR.missingParen);
    this.i++;
  }

  body(f: Flags): Node {
    const inner = { ...f };
    const b = this.parseAlt(inner);
    this.closeParen();
    return b;
  }

  capture(f: Flags, name?: string, nameEnd?: number): Node {
    const n = ++this.ncap;
    if (name !== undefined) {
      const have = this.names.get(name);
      if (have && !f.J && !have.includes(n)) this.fail(ERR.dupName, nameEnd);
      if (have) {
        if (!have.includes(n)) have.push(n);
      } else this.names.set(name, [n]);
    }
    const node: Node = { t: 'cap', n, body: { t: 'seq', items: [] } };
    this.groups.set(n, node);
    node.body = this.body(f);
    return node;
  }

  parseGroup(f: Flags): Node | null {
    this.i++;
    if (this.peek() === C('*') && isVerbStart(this.peek(1))) return this.parseVerb();
    if (this.peek() !== C('?')) {
      if (this.opts.noAutoCapture) return { t: 'seq', items: [this.body(f)] };
      return this.capture(f);
    }
    this.i++;
    const c = this.peek();
    switch (c) {
      case 0x23: { // (?# comment
        while (this.i < this.p.length && this.p[this.i] !== C(')')) this.i++;
        if (this.i >= this.p.length) this.fail(ERR.comment);
        this.i++;
        return null;
      }
      case 0x3a: // (?:
        this.i++;
        return { t: 'seq', items: [this.body(f)] };
      case 0x7c: { // (?| branch reset
        this.i++;
        const base = this.ncap;
        let top = base;
        const inner = { ...f };
        const alts: Node[] = [];
        for (;;) {
          this.ncap = base;
          alts.push(this.parseSeq(inner));
          top = Math.max(top, this.ncap);
          if (this.peek() !== C('|')) break;
          this.i++;
        }
        this.ncap = top;
        this.closeParen();
        return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
      }
      case 0x3e: // (?>
        this.i++;
        return { t: 'atomic', body: this.body(f) };
      case 0x3d: // (?=
        this.i++;
        return { t: 'look', behind: false, neg: false, body: this.body(f) };
      case 0x21: // (?!
        this.i++;
        return { t: 'look', behind: false, neg: true, body: this.body(f) };
      case 0x3c: { // (?<
        this.i++;
        if (this.peek() === C('=') || this.peek() === C('!')) {
          const neg = this.peek() === C('!');
          this.i++;
          const body = this.body(f);
          checkLookbehind(body, this.i - 1, this.groups);
          return { t: 'look', behind: true, neg, body };
        }
        if (!this.nameChar(this.peek()) && !(this.opts.utf && this.peek() >= 128 && isWordL1(utf8Lead(this.peek())))) {
          this.fail(ERR.unrecognizedLt);
        }
        const name = this.readName(C('>'));
        return this.capture(f, name, this.i - 1);
      }
      case 0x27: { // (?'name'
        this.i++;
        const name = this.readName(C("'"));
        return this.capture(f, name, this.i - 1);
      }
      case 0x50: { // (?P
        this.i++;
        if (this.peek() === C('<')) {
          this.i++;
          const name = this.readName(C('>'));
          return this.capture(f, name, this.i - 1);
        }
        if (this.peek() === C('=')) {
          this.i++;
          const name = this.readName(C(')'));
          return this.ref({ t: 'bref', groups: [], ci: f.i, name, at: this.i - 1 });
        }
        if (this.peek() === C('>')) {
          this.i++;
          const name = this.readName(C(')'));
          return this.ref({ t: 'recurse', n: 0, name, at: this.i - 1 });
        }
        return this.fail(ERR.unrecognizedP);
      }
      case 0x26: { // (?&name)
        this.i++;
        const name = this.readName(C(')'));
        return this.ref({ t: 'recurse', n: 0, name, at: this.i - 1 });
      }
      case 0x52: // (?R)
        if (this.peek(1) === C(')')) {
          this.i += 2;
          return { t: 'recurse', n: 0, at: this.i - 1 };
        }
        return this.fail(ERR.rParen, this.i + 1);
      case 0x28: // (?( conditional
        return this.parseCond(f);
      case 0x43: // (?C callout: accepted and ignored
        this.i++;
        while (this.peek() >= 48 && this.peek() <= 57) this.i++;
        this.closeParen();
        return null;
    }
    if (c === C('+') || c === C('-') || (c >= 48 && c <= 57)) {
      if (c !== C('-') || (this.peek(1) >= 48 && this.peek(1) <= 57)) {
        this.i++;
        let s = c >= 48 && c <= 57 ? c - 48 : 0;
        while (this.peek() >= 48 && this.peek() <= 57) s = s * 10 + this.p[this.i++]! - 48;
        if (this.peek() !== C(')')) this.fail(ERR.rParen);
        let n = s;
        if (c === C('+')) n = this.ncap + s;
        else if (c === C('-')) n = this.ncap - s + 1;
        if (n <= 0 && c !== 48) this.fail(ERR.noSuch);
        this.i++;
        return this.ref({ t: 'recurse', n, at: this.i - 1 });
      }
    }
    // option settings: (?imsxUXJ-imsx) or (?imsx-imsx:...)
    let on = true;
    const nf = { ...f };
    for (;;) {
      const d = this.peek();
      if (d === C(')')) {
        this.i++;
        Object.assign(f, nf);
        return null;
      }
      if (d === C(':')) {
        this.i++;
        return { t: 'seq', items: [this.body(nf)] };
      }
      if (d === C('-')) on = false;
      else if (d === C('i')) nf.i = on;
      else if (d === C('m')) nf.m = on;
      else if (d === C('s')) nf.s = on;
      else if (d === C('x')) nf.x = on;
      else if (d === C('U')) nf.U = on;
      else if (d === C('J')) nf.J = on;
      else if (d === C('X')) {
        /* PCRE_EXTRA: accepted */
      } else this.fail(ERR.unrecognized);
      this.i++;
    }
  }

  ref<T extends Node>(n: T): T {
    this.refs.push(n);
    return n;
  }

  parseCond(f: Flags): Node {
    this.i++; // the second '('
    let cond: Cond;
    const c = this.peek();
    if (c === C('?') && !(this.peek(1) === C('=') || this.peek(1) === C('!') || this.peek(1) === C('<'))) {
      this.fail(ERR.assertExpected);
    }
    if (c === C('?')) {
      this.i--; // parse the assertion as a group starting at '('
      const look = this.parseGroup(f);
      if (!look || look.t !== 'look') return this.fail(ERR.assertExpected);
      cond = { k: 'look', look };
    } else {
      const start = this.i;
      while (this.i < this.p.length && this.p[this.i] !== C(')')) this.i++;
      if (this.i >= this.p.length) this.fail(ERR.malformedNum);
      const text = String.fromCodePoint(...this.p.slice(start, this.i));
      this.i++;
      const at = this.i;
      let m: RegExpExecArray | null;
      if ((m = /^([+-]?)(\d+)$/.exec(text))) {
        let n = Number(m[2]);
        if (m[1] === '+') n += this.ncap;
        else if (m[1] === '-') n = this.ncap - n + 1;
        if (n <= 0) this.fail(ERR.noSuch, at);
        cond = { k: 'group', groups: [n], at };
      } else if ((m = /^<([A-Za-z_]\w*)>$/.exec(text)) || (m = /^'([A-Za-z_]\w*)'$/.exec(text))) {
        cond = { k: 'group', groups: [], name: m[1], at };
      } else if (text === 'R') cond = { k: 'rec', n: -1 };
      else if ((m = /^R(\d+)$/.exec(text))) cond = { k: 'rec', n: Number(m[1]) };
      else if (text === 'DEFINE') cond = { k: 'define' };
      else if (/^[A-Za-z_]\w*$/.test(text)) cond = { k: 'group', groups: [], name: text, at };
      else return this.fail(ERR.malformedNum, start);
      this.conds.push(cond);
    }
    const inner = { ...f };
    const yes = this.parseSeq(inner);
    let no: Node = { t: 'seq', items: [] };
    let extra = false;
    if (this.peek() === C('|')) {
      this.i++;
      no = this.parseSeq(inner);
      while (this.peek() === C('|')) {
        extra = true;
        this.i++;
        this.parseSeq(inner);
      }
    }
    if (extra && this.peek() === C(')')) this.fail(ERR.condBranches);
    this.closeParen();
    return { t: 'cond', cond, yes, no };
  }

  parseVerb(): Node | null {
    // at '*' after '('
    const start = this.i + 1;
    let j = start;
    while (j < this.p.length && this.p[j] !== C(')')) j++;
    const text = String.fromCharCode(...this.p.slice(start, j));
    if (j >= this.p.length) this.fail(ERR.verb, j);
    const name = text.split(':')[0]!;
    const map: Record<string, Node['t'] extends never ? never : string> = {
      F: 'FAIL', FAIL: 'FAIL', ACCEPT: 'ACCEPT', COMMIT: 'COMMIT', PRUNE: 'PRUNE', SKIP: 'SKIP', THEN: 'THEN',
    };
    const v = map[name];
    if (!v && !(name === 'MARK' || name === '')) this.fail(ERR.verb, j);
    if (text.includes(':') && (v === 'ACCEPT' || v === 'FAIL' || v === 'COMMIT')) this.fail(ERR.verbArg, j);
    this.i = j + 1;
    if (!v) return null;
    return { t: 'verb', v: v as 'FAIL' };
  }

  // ---------------------------------------------------------------- escapes

  parseEscape(f: Flags): Node | null {
    this.i++;
    if (this.i >= this.p.length) this.fail(ERR.backslashEnd, this.p.length);
    const c = this.p[this.i]!;
    const ucp = this.opts.ucp;
    switch (c) {
      case C('Q'): {
        this.i++;
        const items: Node[] = [];
        while (this.i < this.p.length && !(this.p[this.i] === 0x5c && this.p[this.i + 1] === C('E'))) {
          items.push(this.lit(this.p[this.i]!, f));
          this.i++;
        }
        if (this.i < this.p.length) this.i += 2;
        if (items.length === 0) return null;
        // a quantifier after \Q..\E applies to the last character only
        const last = items.pop()!;
        const q = this.parseQuantified(last, f);
        items.push(q);
        return items.length === 1 ? items[0]! : { t: 'seq', items: [{ t: 'seq', items }] };
      }
      case C('E'):
        this.i++;
        return null;
      case C('A'): this.i++; return { t: 'assert', k: 'A' };
      case C('z'): this.i++; return { t: 'assert', k: 'z' };
      case C('Z'): this.i++; return { t: 'assert', k: 'Z' };
      case C('G'): this.i++; return { t: 'assert', k: 'G' };
      case C('b'): this.i++; return { t: 'assert', k: 'b' };
      case C('B'): this.i++; return { t: 'assert', k: 'B' };
      case C('K'): this.i++; return { t: 'keep' };
      case C('R'): this.i++; return { t: 'bsr' };
      case C('X'): this.i++; return this.graphemeCluster();
      case C('N'): this.i++; return { t: 'any', all: false };
      case C('C'): this.i++; return { t: 'any', all: true };
      case C('g'): return this.parseG(f);
      case C('k'): {
        this.i++;
        const o = this.peek();
        const term = o === C('<') ? C('>') : o === C("'") ? C("'") : o === C('{') ? C('}') : -1;
        if (term < 0) this.fail(ERR.kName, this.i - 1);
        this.i++;
        const name = this.readName(term);
        return this.ref({ t: 'bref', groups: [], ci: f.i, name, at: this.i - 1 });
      }
    }
    if (c >= C('1') && c <= C('9')) {
      // a back reference unless it is >= 10, larger than the groups so far, and octal
      let j = this.i;
      let n = 0;
      while (j < this.p.length && this.p[j]! >= 48 && this.p[j]! <= 57) n = n * 10 + this.p[j++]! - 48;
      if (n >= 8 && n <= 9 && j === this.i + 1 && n > this.ncap) {
        this.i++; // \8 and \9 beyond the groups so far are the digits themselves
        return this.lit(c, f);
      }
      if (n < 10 || n <= this.ncap) {
        this.i = j;
        return this.ref({ t: 'bref', groups: [n], ci: f.i, at: j });
      }
      if (c >= C('8')) {
        this.i++;
        return this.lit(c, f);
      }
    }
    const cls = this.classEscape(c, ucp);
    if (cls) {
      this.i++;
      if (c === C('w') || c === C('W')) return { t: 'set', test: cls, word: c === C('w') ? 'w' : 'W' };
      return { t: 'set', test: cls };
    }
    if (c === C('p') || c === C('P')) return { t: 'set', test: this.property() };
    const v = this.charEscape(false);
    return this.lit(v, f);
  }

  graphemeCluster(): Node {
    // approximation of \X: a non-mark followed by marks
    const mark = unicodeProperty('M')!;
    return {
      t: 'atomic',
      body: {
        t: 'seq',
        items: [
          { t: 'alt', alts: [{ t: 'seq', items: [{ t: 'char', c: 13, ci: false }, { t: 'char', c: 10, ci: false }] }, { t: 'any', all: true }] },
          { t: 'rep', body: { t: 'set', test: mark }, min: 0, max: Infinity, mode: 'greedy' },
        ],
      },
    };
  }

  parseG(f: Flags): Node {
    this.i++; // past g
    const o = this.peek();
    let text: string;
    let kind: 'ref' | 'call';
    if (o === C('{') || o === C('<') || o === C("'")) {
      const term = o === C('{') ? C('}') : o === C('<') ? C('>') : C("'");
      kind = o === C('{') ? 'ref' : 'call';
      const s = ++this.i;
      while (this.i < this.p.length && this.p[this.i] !== term) this.i++;
      if (this.i >= this.p.length) this.fail(s === this.p.length ? ERR.gSyntax : ERR.nameTerminator, this.p.length);
      text = String.fromCodePoint(...this.p.slice(s, this.i));
      this.i++;
    } else {
      const s = this.i;
      if (this.peek() === C('-') || this.peek() === C('+')) this.i++;
      while (this.peek() >= 48 && this.peek() <= 57) this.i++;
      text = String.fromCharCode(...this.p.slice(s, this.i));
      kind = 'ref';
      if (!/\d/.test(text)) this.fail(ERR.zeroRef, s - 1);
    }
    const at = this.i - 1;
    const m = /^([+-]?)(\d+)$/.exec(text);
    if (m) {
      let n = Number(m[2]);
      if (m[1] === '-') n = this.ncap - n + 1;
      else if (m[1] === '+') n = this.ncap + n;
      if (Number(m[2]) === 0 && kind === 'ref') this.fail(ERR.zeroRef, at);
      if (n <= 0 && !(kind === 'call' && n === 0)) this.fail(ERR.noSuch, at);
      if (kind === 'ref') return this.ref({ t: 'bref', groups: [n], ci: f.i, at: this.p.length });
      return this.ref({ t: 'recurse', n, at });
    }
    if (!/^[A-Za-z_]\w*$/.test(text)) this.fail(ERR.gSyntax, at);
    if (kind === 'ref') return this.ref({ t: 'bref', groups: [], ci: f.i, name: text, at });
    return this.ref({ t: 'recurse', n: 0, name: text, at });
  }

  /** \d \D \w \W \s \S \h \H \v \V as a test, or undefined. */
  classEscape(c: number, ucp: boolean): CharTest | undefined {
    switch (c) {
      case C('d'): return (x) => isDigit(x, ucp);
      case C('D'): return (x) => !isDigit(x, ucp);
      case C('w'): return (x) => isWord(x, ucp);
      case C('W'): return (x) => !isWord(x, ucp);
      case C('s'): return (x) => isSpace(x, ucp);
      case C('S'): return (x) => !isSpace(x, ucp);
      case C('h'): return this.opts.utf ? isHSpace : (x) => isHSpace(x) && x < 256;
      case C('H'): return this.opts.utf ? (x) => !isHSpace(x) : (x) => !(isHSpace(x) && x < 256);
      case C('v'): return this.opts.utf ? isVSpace : (x) => isVSpace(x) && x < 256;
      case C('V'): return this.opts.utf ? (x) => !isVSpace(x) : (x) => !(isVSpace(x) && x < 256);
    }
    return undefined;
  }

  /** \p{..} / \P{..} / \pL at the 'p'. */
  property(): CharTest {
    const neg = this.p[this.i] === C('P');
    this.i++;
    let name: string;
    if (this.peek() === C('{')) {
      const s = ++this.i;
      while (this.i < this.p.length && this.p[this.i] !== C('}')) this.i++;
      if (this.i >= this.p.length) this.fail(ERR.missingPropBrace, this.i);
      name = String.fromCodePoint(...this.p.slice(s, this.i));
      this.i++;
    } else {
      if (this.i >= this.p.length) this.fail(ERR.missingPropBrace);
      name = String.fromCodePoint(this.p[this.i++]!);
    }
    let inv = neg;
    if (name.startsWith('^')) {
      inv = !inv;
      name = name.slice(1);
    }
    const t = unicodeProperty(name);
    if (!t) this.fail(ERR.badProp, this.i - 1);
    return inv ? (x) => !t(x) : t;
  }

  /** One escaped character value; this.i is at the character after the backslash. */
  charEscape(inClass: boolean): number {
    const c = this.p[this.i]!;
    this.i++;
    switch (c) {
      case C('a'): return 7;
      case C('e'): return 27;
      case C('f'): return 12;
      case C('n'): return 10;
      case C('r'): return 13;
      case C('t'): return 9;
      case C('b'): if (inClass) return 8; break;
      case C('c'): {
        if (this.i >= this.p.length) this.fail(ERR.cEnd, this.i);
        let x = this.p[this.i++]!;
        if (x > 127) this.fail(ERR.cAscii, this.i - 1);
        if (x >= 97 && x <= 122) x -= 32;
        return x ^ 0x40;
      }
      case C('x'): {
        if (this.peek() === C('{')) {
          let j = this.i + 1;
          let v = 0;
          while (j < this.p.length && isHex(this.p[j]!)) v = v * 16 + hexVal(this.p[j++]!);
          if (this.p[j] === C('}') && j > this.i + 1) {
            this.i = j + 1;
            if (v > (this.opts.utf ? 0x10ffff : 255)) this.fail(ERR.tooLarge, j);
            return v;
          }
          return this.fail(ERR.nonHex, j);
        }
        let v = 0;
        for (let k = 0; k < 2 && isHex(this.peek()); k++) v = v * 16 + hexVal(this.p[this.i++]!);
        return v;
      }
      case C('o'): {
        if (this.peek() === C('{')) {
          let j = this.i + 1;
          let v = 0;
          while (j < this.p.length && this.p[j]! >= 48 && this.p[j]! <= 55) v = v * 8 + this.p[j++]! - 48;
          if (this.p[j] === C('}') && j > this.i + 1) {
            this.i = j + 1;
            if (v > (this.opts.utf ? 0x10ffff : 255)) this.fail(ERR.tooLarge, j);
            return v;
          }
          return this.fail(ERR.nonOctal, j);
        }
        return c;
      }
      case C('0'): {
        let v = 0;
        for (let k = 0; k < 2 && this.peek() >= 48 && this.peek() <= 55; k++) v = v * 8 + this.p[this.i++]! - 48;
        return v;
      }
    }
    if (c >= C('1') && c <= C('7')) {
      let v = c - 48;
      for (let k = 0; k < 2 && this.peek() >= 48 && this.peek() <= 55; k++) v = v * 8 + this.p[this.i++]! - 48;
      return this.opts.utf ? v : v & 255;
    }
    return c;
  }

  // ---------------------------------------------------------------- classes

  parseClass(f: Flags): Node {
    {
      const k = this.peek(1);
      if (k === C(':') || k === C('.') || k === C('=')) {
        let j = this.i + 2;
        while (j < this.p.length && this.p[j] !== C(']') && this.p[j] !== k) j++;
        if (this.p[j] === k && this.p[j + 1] === C(']')) this.fail(k === C(':') ? ERR.posixOutside : ERR.collating, this.i);
      }
    }
    this.i++;
    let neg = false;
    if (this.peek() === C('^')) {
      neg = true;
      this.i++;
    }
    const tests: CharTest[] = [];
    const ranges: number[] = [];
    const utf = this.opts.utf;
    const ucp = this.opts.ucp;
    let first = true;
    for (;;) {
      if (this.i >= this.p.length) this.fail(ERR.missingBracket, this.p.length);
      let c = this.p[this.i]!;
      if (c === C(']') && !first) {
        this.i++;
        break;
      }
      first = false;
      // POSIX class
      if (c === C('[') && (this.peek(1) === C(':') || this.peek(1) === C('.') || this.peek(1) === C('='))) {
        const kind = this.peek(1);
        let j = this.i + 2;
        while (j < this.p.length && this.p[j] !== C(']') && !(this.p[j] === kind && this.p[j + 1] === C(']'))) j++;
        if (this.p[j] === kind && this.p[j + 1] === C(']')) {
          let name = String.fromCharCode(...this.p.slice(this.i + 2, j));
          let pneg = false;
          if (name.startsWith('^')) {
            pneg = true;
            name = name.slice(1);
          }
          if (kind !== C(':')) this.fail(ERR.collating, this.i);
          // caseless [:upper:] and [:lower:] are [:alpha:], as in PCRE
          if (f.i && (name === 'upper' || name === 'lower')) name = ucp ? 'Lcased' : 'alpha';
          const t = name === 'Lcased' ? unicodeProperty('L&') : posixClass(name, ucp);
          if (!t) this.fail(ERR.badPosix, this.i + 2);
          tests.push(pneg ? (x) => !t(x) : t);
          this.i = j + 2;
          continue;
        }
      }
      let lo: number;
      if (c === 0x5c) {
        this.i++;
        if (this.i >= this.p.length) this.fail(ERR.backslashEnd, this.p.length);
        const e = this.p[this.i]!;
        if (e === C('Q')) {
          this.i++;
          while (this.i < this.p.length && !(this.p[this.i] === 0x5c && this.p[this.i + 1] === C('E'))) {
            ranges.push(this.p[this.i]!, this.p[this.i]!);
            this.i++;
          }
          if (this.i < this.p.length) this.i += 2;
          continue;
        }
        if (e === C('E')) {
          this.i++;
          continue;
        }
        const ce = this.classEscape(e, ucp);
        if (ce) {
          this.i++;
          tests.push(ce);
          continue;
        }
        if (e === C('p') || e === C('P')) {
          tests.push(this.property());
          continue;
        }
        if (e === C('R') || e === C('X')) {
          this.i++;
          ranges.push(e, e);
          continue;
        }
        lo = this.charEscape(true);
      } else {
        lo = c;
        this.i++;
      }
      // a range?
      if (this.peek() === C('-') && this.peek(1) !== C(']') && this.peek(1) !== -1) {
        const save = this.i;
        this.i++;
        c = this.p[this.i]!;
        let hi: number;
        if (c === C('[') && this.peek(1) === C(':')) {
          this.i = save; // "a-[:digit:]": the '-' is literal
          ranges.push(lo, lo);
          continue;
        }
        if (c === 0x5c) {
          this.i++;
          const e = this.peek();
          if (this.classEscape(e, ucp) || e === C('p') || e === C('P')) this.fail(ERR.rangeEscape, this.i);
          if (e === C('Q') || e === C('E')) {
            this.i = save;
            ranges.push(lo, lo);
            continue;
          }
          hi = this.charEscape(true);
        } else {
          hi = c;
          this.i++;
        }
        if (hi < lo) this.fail(ERR.rangeOrder, this.i - 1);
        ranges.push(lo, hi);
        continue;
      }
      ranges.push(lo, lo);
    }
    const ci = f.i;
    const inRanges = (x: number): boolean => {
      for (let k = 0; k < ranges.length; k += 2) if (x >= ranges[k]! && x <= ranges[k + 1]!) return true;
      return false;
    };
    const base = (x: number): boolean => {
      if (inRanges(x)) return true;
      for (const t of tests) if (t(x)) return true;
      return false;
    };
    let test: CharTest;
    if (ci) {
      test = (x) => {
        if (inRanges(x)) return true;
        for (const o of caseVariants(x, utf)) if (o !== x && inRanges(o)) return true;
        for (const t of tests) if (t(x)) return true;
        return false;
      };
    } else test = base;
    // Without unicode, a negated class still only sees bytes; with it, any code point.
    return { t: 'set', test: neg ? (x) => !test(x) : test };
  }
}

function isVerbStart(c: number): boolean {
  return (c >= 65 && c <= 90) || c === C(':');
}

function utf8Lead(c: number): number {
  return c < 0x80 ? c : c < 0x800 ? 0xc0 | (c >> 6) : c < 0x10000 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function hexVal(c: number): number {
  return c <= 57 ? c - 48 : (c | 32) - 87;
}

function repeatable(n: Node): boolean {
  if (n.t === 'assert' || n.t === 'keep' || n.t === 'verb') return n.t === 'assert' ? false : false;
  return true;
}

/** The fixed length of a node, or -1 if it varies. */
export function fixedLength(n: Node, groups: Map<number, Node>, depth = 0): number {
  switch (n.t) {
    case 'char': case 'any': case 'set': return 1;
    case 'seq': {
      let s = 0;
      for (const x of n.items) {
        const l = fixedLength(x, groups, depth);
        if (l < 0) return -1;
        s += l;
      }
      return s;
    }
    case 'alt': {
      let len = -2;
      for (const a of n.alts) {
        const l = fixedLength(a, groups, depth);
        if (l < 0 || (len !== -2 && l !== len)) return -1;
        len = l;
      }
      return len < 0 ? 0 : len;
    }
    case 'cap': case 'atomic': return fixedLength(n.body, groups, depth);
    case 'rep': {
      if (n.min !== n.max) return -1;
      const l = fixedLength(n.body, groups, depth);
      return l < 0 ? -1 : l * n.min;
    }
    case 'assert': case 'look': case 'keep': case 'verb': return 0;
    case 'recurse': {
      const g = groups.get(n.n);
      if (!g || depth > 20) return -1;
      return fixedLength(g, groups, depth + 1);
    }
    case 'cond': {
      const a = fixedLength(n.yes, groups, depth);
      const b = fixedLength(n.no, groups, depth);
      return a >= 0 && a === b ? a : -1;
    }
    default: return -1;
  }
}

function checkLookbehind(body: Node, at: number, groups: Map<number, Node>): void {
  const alts = body.t === 'alt' ? body.alts : [body];
  for (const a of alts) if (fixedLength(a, groups) < 0) throw new ReError(ERR.lookbehind, at);
}
