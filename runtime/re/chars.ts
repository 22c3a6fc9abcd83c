// Character classification for the regex engine, as OTP's PCRE sees characters.
//
// Without `ucp`, PCRE classifies code points below 256 with its character tables, and OTP
// builds those for ISO-8859-1: \w, [[:alpha:]], caseless matching and the other POSIX
// classes know the Latin-1 letters (é is a word character even without `unicode`).
// Code points from 256 up are never \d, \w, \s or in a POSIX class then. With `ucp`,
// \d \w \s and some POSIX classes use Unicode properties (JS RegExp \p{...} answers those
// for one code point at a time; its Unicode version is Node's, not PCRE 8.44's).

function bits(ranges: Array<[number, number]>): Uint8Array {
  const t = new Uint8Array(256);
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) t[c] = 1;
  return t;
}

const UPPER = bits([[65, 90], [192, 214], [216, 222]]);
const LOWER = bits([[97, 122], [170, 170], [181, 181], [186, 186], [223, 246], [248, 255]]);
const ALPHA = bits([[65, 90], [97, 122], [170, 170], [181, 181], [186, 186], [192, 214], [216, 246], [248, 255]]);
const DIGIT = bits([[48, 57]]);
const XDIGIT = bits([[48, 57], [65, 70], [97, 102]]);
const SPACE = bits([[9, 13], [32, 32]]);
const PUNCT = bits([
  [33, 47], [58, 64], [91, 96], [123, 126], [160, 169], [171, 180], [182, 185], [187, 191], [215, 215], [247, 247],
]);
const PRINT = bits([[32, 126], [160, 255]]);
const GRAPH = bits([[33, 126], [160, 255]]);
const CNTRL = bits([[0, 31], [127, 159]]);
const BLANK = bits([[9, 9], [32, 32]]);

export type CharTest = (c: number) => boolean;

const propCache = new Map<string, RegExp>();
function jsProp(expr: string): RegExp {
  let r = propCache.get(expr);
  if (!r) {
    r = new RegExp(`^${expr}$`, 'u');
    propCache.set(expr, r);
  }
  return r;
}
function hasProp(expr: string, c: number): boolean {
  if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return false;
  return jsProp(expr).test(String.fromCodePoint(c));
}

export function isWordL1(c: number): boolean {
  return c < 256 && (ALPHA[c] === 1 || DIGIT[c] === 1 || c === 95);
}

export function isDigit(c: number, ucp: boolean): boolean {
  return ucp ? hasProp('\\p{Nd}', c) : c >= 48 && c <= 57;
}
export function isWord(c: number, ucp: boolean): boolean {
  return ucp ? c === 95 || hasProp('[\\p{L}\\p{N}]', c) : isWordL1(c);
}
export function isSpace(c: number, ucp: boolean): boolean {
  if (c < 256 && SPACE[c] === 1) return true;
  return ucp && hasProp('\\p{Z}', c);
}
export function isHSpace(c: number): boolean {
  return (
    c === 9 || c === 32 || c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}
export function isVSpace(c: number): boolean {
  return (c >= 10 && c <= 13) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** A POSIX class by name ([:name:]), or undefined if the name is unknown. */
export function posixClass(name: string, ucp: boolean): CharTest | undefined {
  const tab = (t: Uint8Array): CharTest => (c) => c < 256 && t[c] === 1;
  if (ucp) {
    switch (name) {
      case 'alpha': return (c) => hasProp('\\p{L}', c);
      case 'lower': return (c) => hasProp('\\p{Ll}', c);
      case 'upper': return (c) => hasProp('\\p{Lu}', c);
      case 'alnum': return (c) => hasProp('[\\p{L}\\p{N}]', c);
      case 'digit': return (c) => hasProp('\\p{Nd}', c);
      case 'space': return (c) => isSpace(c, true);
      case 'word': return (c) => isWord(c, true);
    }
  }
  switch (name) {
    case 'alpha': return tab(ALPHA);
    case 'lower': return tab(LOWER);
    case 'upper': return tab(UPPER);
    case 'alnum': return (c) => c < 256 && (ALPHA[c] === 1 || DIGIT[c] === 1);
    case 'digit': return tab(DIGIT);
    case 'xdigit': return tab(XDIGIT);
    case 'space': return tab(SPACE);
    case 'punct': return tab(PUNCT);
    case 'print': return tab(PRINT);
    case 'graph': return tab(GRAPH);
    case 'cntrl': return tab(CNTRL);
    case 'blank': return tab(BLANK);
    case 'word': return isWordL1;
    case 'ascii': return (c) => c < 256; // OTP's tables put every Latin-1 byte in [:ascii:]
  }
  return undefined;
}

const GENERAL = new Set([
  'C', 'Cc', 'Cf', 'Cn', 'Co', 'Cs', 'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'M', 'Mc', 'Me', 'Mn', 'N', 'Nd', 'Nl',
  'No', 'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'S', 'Sc', 'Sk', 'Sm', 'So', 'Z', 'Zl', 'Zp', 'Zs',
]);

/** A Unicode property (\p{name}), or undefined if PCRE does not know the name. */
export function unicodeProperty(name: string): CharTest | undefined {
  switch (name) {
    case 'Any': return () => true;
    case 'L&': return (c) => hasProp('[\\p{Lu}\\p{Ll}\\p{Lt}]', c);
    case 'Xan': return (c) => hasProp('[\\p{L}\\p{N}]', c);
    case 'Xwd': return (c) => c === 95 || hasProp('[\\p{L}\\p{N}]', c);
    case 'Xsp':
    case 'Xps': return (c) => isSpace(c, true);
    case 'Xuc': return (c) => c === 0x24 || c === 0x40 || c === 0x60 || (c >= 0xa0 && c <= 0xd7ff) || c >= 0xe000;
  }
  if (GENERAL.has(name)) return (c) => hasProp(`\\p{${name}}`, c);
  if (/^[A-Z][A-Za-z_]*$/.test(name)) {
    try {
      jsProp(`\\p{Script=${name}}`);
      return (c) => hasProp(`\\p{Script=${name}}`, c);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The other case of a character: Latin-1 tables without unicode, Unicode simple case otherwise. */
export function otherCase(c: number, utf: boolean): number {
  if (!utf) {
    if (c < 256) {
      if (UPPER[c] === 1) return c + 32;
      if (LOWER[c] === 1 && ((c >= 97 && c <= 122) || (c >= 224 && c <= 254 && c !== 247))) return c - 32;
    }
    return c;
  }
  if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return c;
  const s = String.fromCodePoint(c);
  const lo = s.toLowerCase();
  if (lo !== s && [...lo].length === 1) return lo.codePointAt(0)!;
  const up = s.toUpperCase();
  if (up !== s && [...up].length === 1) return up.codePointAt(0)!;
  return c;
}

function single(s: string, fallback: number): number {
  const cp = s.codePointAt(0)!;
  return s.length === (cp > 0xffff ? 2 : 1) ? cp : fallback;
}

/** A Unicode case-fold key: characters with the same key match caselessly (K, k and the
 * Kelvin sign; sigma's three forms). One-to-one mappings only, as in PCRE. */
export function caseFold(c: number): number {
  if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return c;
  const up = single(String.fromCodePoint(c).toUpperCase(), c);
  return single(String.fromCodePoint(up).toLowerCase(), up);
}

/** Do two characters match caselessly? */
export function sameCaseless(a: number, b: number, utf: boolean): boolean {
  if (a === b) return true;
  if (!utf) return otherCase(a, false) === b;
  if (a < 128 && b < 128) return otherCase(a, false) === b;
  return caseFold(a) === caseFold(b);
}

/** The characters that match c caselessly (c included). */
export function caseVariants(c: number, utf: boolean): number[] {
  if (!utf || c < 128) {
    const o = otherCase(c, false);
    return o === c ? [c] : [c, o];
  }
  const f = caseFold(c);
  const out = new Set([c, f, otherCase(c, true), otherCase(f, true)]);
  if (f === 0x6b) out.add(0x212a).add(0x4b);
  if (f === 0x3c3) out.add(0x3c2).add(0x3a3);
  if (f === 0xe5) out.add(0x212b).add(0xc5);
  return [...out];
}
