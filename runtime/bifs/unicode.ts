// The `unicode` module's conversions, natively: characters_to_binary/1,2,3 and
// characters_to_list/1,2.
//
// The input is chardata: a binary in the input encoding, or a possibly deep (and
// possibly binary-tailed) list of code points and such binaries. Bytes of consecutive
// binaries form one stream, so a UTF-8 sequence may be split across two binaries.
// The results are OTP's: the converted data; `{error, SoFar, Rest}` at the first bad
// code point or byte; `{incomplete, SoFar, RestBinary}` when the input ends inside a
// multi-byte sequence; `badarg` for anything that is not chardata or a bad encoding.
// Rest mirrors OTP's shape: at each list level the remainder is [InnerRest | Tail];
// a failing integer converted to latin1 output is wrapped in a list of its own.
import { Bitstring, binary } from '../term/bitstring.js';
import { badarg, ErlangError } from '../term/errors.js';
import { fromArray, toArray } from '../term/list.js';
import { Cons, NIL, type Term } from '../term/types.js';
import { registerNative } from './registry.js';

type Enc = { kind: 'latin1' | 'utf8' | 'utf16' | 'utf32'; big: boolean };

function encoding(t: Term): Enc {
  if (t === 'latin1') return { kind: 'latin1', big: true };
  if (t === 'unicode' || t === 'utf8') return { kind: 'utf8', big: true };
  if (t === 'utf16' || t === 'utf32') return { kind: t, big: true };
  if (Array.isArray(t) && t.length === 2 && (t[0] === 'utf16' || t[0] === 'utf32') && (t[1] === 'big' || t[1] === 'little')) {
    return { kind: t[0], big: t[1] === 'big' };
  }
  return badarg();
}

const valid = (c: number): boolean => c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff);

class Fail {
  constructor(
    readonly incomplete: boolean,
    readonly rest: Term,
  ) {}
}

/** Decodes chardata to code points, stopping at the first problem. */
class Decoder {
  readonly cps: number[] = [];
  /** Undecoded bytes left at the end of the last binary (a sequence split across binaries). */
  pending: Uint8Array = new Uint8Array(0);
  constructor(
    readonly inEnc: Enc,
    readonly latin1Out: boolean,
  ) {}

  /**
   * Decodes the bytes of a binary (after any pending bytes). Returns null on success, or
   * the offset into the combined bytes where decoding failed, with whether the failure
   * is only a truncated sequence at the end.
   */
  bytes(b: Uint8Array): { at: number; bytes: Uint8Array; truncated: boolean } | null {
    let data = b;
    if (this.pending.length > 0) {
      data = new Uint8Array(this.pending.length + b.length);
      data.set(this.pending);
      data.set(b, this.pending.length);
      this.pending = new Uint8Array(0);
    }
    const e = this.inEnc;
    let i = 0;
    while (i < data.length) {
      const start = i;
      let cp: number;
      let need: number;
      if (e.kind === 'latin1') {
        cp = data[i]!;
        need = 1;
      } else if (e.kind === 'utf8') {
        const c = data[i]!;
        need = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
        if (need === 0) return { at: start, bytes: data, truncated: false };
        cp = need === 1 ? c : c & (0xff >> (need + 1));
        for (let k = 1; k < need; k++) {
          if (i + k >= data.length) {
            // Truncated: check that what is there could still start a valid sequence.
            return { at: start, bytes: data, truncated: true };
          }
          const d = data[i + k]!;
          if ((d & 0xc0) !== 0x80) return { at: start, bytes: data, truncated: false };
          cp = (cp << 6) | (d & 0x3f);
        }
        if ((need === 3 && cp < 0x800) || (need === 4 && cp < 0x10000) || !valid(cp)) {
          return { at: start, bytes: data, truncated: false };
        }
      } else if (e.kind === 'utf16') {
        if (i + 2 > data.length) return { at: start, bytes: data, truncated: true };
        const u = (k: number) => (e.big ? (data[k]! << 8) | data[k + 1]! : data[k]! | (data[k + 1]! << 8));
        const w = u(i);
        need = 2;
        cp = w;
        if (w >= 0xd800 && w < 0xdc00) {
          if (i + 4 > data.length) return { at: start, bytes: data, truncated: true };
          const w2 = u(i + 2);
          if (w2 < 0xdc00 || w2 > 0xdfff) return { at: start, bytes: data, truncated: false };
          cp = 0x10000 + ((w - 0xd800) << 10) + (w2 - 0xdc00);
          need = 4;
        } else if (w >= 0xdc00 && w <= 0xdfff) return { at: start, bytes: data, truncated: false };
      } else {
        if (i + 4 > data.length) return { at: start, bytes: data, truncated: true };
        cp = e.big
          ? ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!) >>> 0
          : ((data[i + 3]! << 24) | (data[i + 2]! << 16) | (data[i + 1]! << 8) | data[i]!) >>> 0;
        need = 4;
        if (!valid(cp)) return { at: start, bytes: data, truncated: false };
      }
      if (this.latin1Out && cp > 255) return { at: start, bytes: data, truncated: false };
      this.cps.push(cp);
      i += need;
    }
    return null;
  }

  /** A whole chardata term; `tail` is what follows it at the enclosing level (for Rest). */
  walk(t: Term, top: boolean): Fail | null {
    if (t instanceof Bitstring) return this.binaryPart(t, top, NIL, true);
    if (t !== NIL && !(t instanceof Cons)) return badarg();
    return this.list(t);
  }

  private binaryPart(t: Bitstring, top: boolean, tail: Term, last: boolean): Fail | null {
    if (!t.isBinary) return badarg();
    const r = this.bytes(t.toBytes());
    if (r === null) return null;
    const restBytes = binary(r.bytes.slice(r.at));
    if (r.truncated && last) {
      // Maybe more bytes follow in a later binary: keep them pending.
      this.pending = r.bytes.slice(r.at);
      return null;
    }
    if (r.truncated && top) return new Fail(true, restBytes);
    return new Fail(false, top ? restBytes : new Cons(restBytes, tail));
  }

  private list(l: Term): Fail | null {
    let c = l;
    while (c instanceof Cons) {
      const h = c.hd;
      const tl = c.tl;
      if (this.pending.length > 0 && !(h instanceof Bitstring)) return this.pendingFail(c);
      if (typeof h === 'number') {
        if (!Number.isInteger(h)) return badarg();
        if (!valid(h) || (this.inEnc.kind === 'latin1' && h > 255)) return new Fail(false, c);
        if (this.latin1Out && h > 255) return new Fail(false, new Cons(new Cons(h, NIL), tl));
        this.cps.push(h);
      } else if (h instanceof Bitstring) {
        const f = this.binaryPart(h, false, tl, true);
        if (f) return f;
      } else if (h === NIL || h instanceof Cons) {
        const f = this.list(h);
        if (f) return new Fail(f.incomplete, new Cons(f.rest, tl));
      } else if (typeof h === 'bigint') {
        return new Fail(false, c);
      } else return badarg();
      c = tl;
    }
    if (c instanceof Bitstring) {
      const f = this.binaryPart(c, false, NIL, true);
      if (f) return new Fail(f.incomplete, f.rest instanceof Cons ? f.rest.hd : f.rest);
      return null;
    }
    if (c !== NIL) return badarg();
    return null;
  }

  /** A code point after bytes that end inside a sequence: an error at those bytes. */
  private pendingFail(rest: Term): Fail {
    const p = binary(this.pending);
    this.pending = new Uint8Array(0);
    return new Fail(false, new Cons(p, new Cons(rest, NIL)));
  }

  /** After the whole input: bytes still pending mean the input ended mid-sequence. */
  finish(): Fail | null {
    if (this.pending.length === 0) return null;
    const p = binary(this.pending);
    this.pending = new Uint8Array(0);
    return new Fail(true, p);
  }
}

function encode(cps: number[], e: Enc): Bitstring {
  const out: number[] = [];
  for (const c of cps) {
    switch (e.kind) {
      case 'latin1':
        out.push(c);
        break;
      case 'utf8':
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        break;
      case 'utf16': {
        const units = c < 0x10000 ? [c] : [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)];
        for (const u of units) out.push(...(e.big ? [u >> 8, u & 255] : [u & 255, u >> 8]));
        break;
      }
      case 'utf32': {
        const b = [(c >>> 24) & 255, (c >> 16) & 255, (c >> 8) & 255, c & 255];
        out.push(...(e.big ? b : b.reverse()));
        break;
      }
    }
  }
  return binary(Uint8Array.from(out));
}

function convert(data: Term, inEnc: Enc, outEnc: Enc | null): Term {
  const d = new Decoder(inEnc, outEnc !== null && outEnc.kind === 'latin1' && inEnc.kind !== 'latin1');
  const f = d.walk(data, true) ?? d.finish();
  const done = outEnc ? encode(d.cps, outEnc) : fromArray(d.cps);
  if (!f) return done;
  return [f.incomplete ? 'incomplete' : 'error', done, f.rest];
}

export function charactersToBinary(data: Term, inEnc: Term = 'unicode', outEnc: Term = 'unicode'): Term {
  const i = encoding(inEnc);
  const o = encoding(outEnc);
  return convert(data, i, o);
}

export function charactersToList(data: Term, inEnc: Term = 'unicode'): Term {
  return convert(data, encoding(inEnc), null);
}

/** characters_to_nf*_list/binary: the chardata decoded, then normalised with the host's
 * Unicode tables (String.prototype.normalize); a conversion error keeps its rest. */
function normalized(data: Term, form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD', asBinary: boolean): Term {
  const make = (l: Term): Term => {
    let s = '';
    for (const c of toArray(l)) s += String.fromCodePoint(c as number);
    const cps = Array.from(s.normalize(form), (ch) => ch.codePointAt(0)!);
    return asBinary ? encode(cps, { kind: 'utf8', big: true }) : fromArray(cps);
  };
  const r = charactersToList(data);
  if (Array.isArray(r)) return ['error', make(r[1]!), r[2]!]; // incomplete input is an error here
  return make(r);
}

const BOMS: [number[], Term, number][] = [
  [[0xef, 0xbb, 0xbf], 'utf8', 3],
  [[0x00, 0x00, 0xfe, 0xff], ['utf32', 'big'], 4],
  [[0xff, 0xfe, 0x00, 0x00], ['utf32', 'little'], 4],
  [[0xfe, 0xff], ['utf16', 'big'], 2],
  [[0xff, 0xfe], ['utf16', 'little'], 2],
];

function bomToEncoding(b: Term): Term {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return badarg();
  const bytes = b.toBytes();
  for (const [bom, enc, n] of BOMS) if (bom.every((x, i) => bytes[i] === x)) return [enc, n];
  return ['latin1', 0];
}

function encodingToBom(e: Term): Term {
  const bytes = (xs: number[]) => binary(Uint8Array.from(xs));
  if (e === 'utf8' || e === 'unicode') return bytes([0xef, 0xbb, 0xbf]);
  if (e === 'utf16' || (Array.isArray(e) && e[0] === 'utf16' && e[1] === 'big')) return bytes([0xfe, 0xff]);
  if (Array.isArray(e) && e[0] === 'utf16' && e[1] === 'little') return bytes([0xff, 0xfe]);
  if (e === 'utf32' || (Array.isArray(e) && e[0] === 'utf32' && e[1] === 'big')) return bytes([0, 0, 0xfe, 0xff]);
  if (Array.isArray(e) && e[0] === 'utf32' && e[1] === 'little') return bytes([0xff, 0xfe, 0, 0]);
  if (e === 'latin1') return bytes([]);
  throw new ErlangError('error', 'function_clause');
}

export function registerUnicodeBifs(): void {
  registerNative('unicode', {
    'characters_to_nfc_list/1': (d) => normalized(d, 'NFC', false),
    'characters_to_nfd_list/1': (d) => normalized(d, 'NFD', false),
    'characters_to_nfkc_list/1': (d) => normalized(d, 'NFKC', false),
    'characters_to_nfkd_list/1': (d) => normalized(d, 'NFKD', false),
    'characters_to_nfc_binary/1': (d) => normalized(d, 'NFC', true),
    'characters_to_nfd_binary/1': (d) => normalized(d, 'NFD', true),
    'characters_to_nfkc_binary/1': (d) => normalized(d, 'NFKC', true),
    'characters_to_nfkd_binary/1': (d) => normalized(d, 'NFKD', true),
    'bom_to_encoding/1': bomToEncoding,
    'encoding_to_bom/1': encodingToBom,
    'bin_is_7bit/1': (b) => {
      if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return badarg();
      return b.toBytes().slice(0, b.bitSize >>> 3).every((x) => x < 128);
    },
    'characters_to_binary/1': (d) => charactersToBinary(d),
    'characters_to_binary/2': (d, i) => charactersToBinary(d, i),
    'characters_to_binary/3': charactersToBinary,
    'characters_to_list/1': (d) => charactersToList(d),
    'characters_to_list/2': charactersToList,
  });
}
