// The `crypto` module, natively, for what node:crypto makes cheap: hash/2 and the
// incremental hash_init/update/final, hash_info/1, hash_equals/2; mac/3,4, macN/4,5 and
// the incremental mac_init/update/final(N) for HMAC, CMAC (AES) and Poly1305;
// crypto_one_time/4,5 for AES (CBC, ECB, CTR, CFB8, CFB128, OFB) and
// crypto_one_time_aead/6,7 for AES-GCM; pbkdf2_hmac/5; strong_rand_bytes/1, exor/2,
// bytes_to_integer/1. MD4 (which OpenSSL 3
// as node ships it no longer offers) is computed here.
//
// Errors are OTP 25's: data that is not iodata fails in iolist_to_binary (`badarg`)
// where OTP's crypto.erl converts it first; what OTP's NIFs reject raises
// {badarg, {File, Line}, Description} with the NIF's own file, line and text.
//
// Incremental states are references, as in OTP (opaque: never printed). A hash state is
// a value: hash_update/2 returns a new reference and the old one stays usable. A MAC
// state is updated in place: mac_update/2 returns the same reference, and mac_final/1
// may be called more than once (both as OTP's NIFs do).
import type { CipherGCMTypes, Hash } from 'node:crypto';
import { nodeCrypto } from '../host/builtins.js';
import { Bitstring, binary } from '../term/bitstring.js';
import { badarg, error, ErlangError } from '../term/errors.js';
import { normBig } from '../term/int.js';
import { fromArray } from '../term/list.js';
import { mapFromPairs } from '../term/map.js';
import { Cons, NIL, Ref, type Term } from '../term/types.js';
import { S } from '../exec/state.js';
import type { Process } from '../proc/process.js';
import { concatPieces, iolistPieces } from './erlang-iolist.js';
import { registerNative } from './registry.js';

// ------------------------------------------------------------------------- helpers

function bytesOf(b: Bitstring): Uint8Array {
  const n = b.bitSize >>> 3;
  if ((b.bitOffset & 7) === 0) return b.buf.subarray(b.bitOffset >>> 3, (b.bitOffset >>> 3) + n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = b.byteAt(i);
  return out;
}

/** iodata as bytes, or undefined if it is not iodata. */
function iodata(t: Term): Uint8Array | undefined {
  if (t instanceof Bitstring) return t.isBinary ? bytesOf(t) : undefined;
  const p = iolistPieces(t, false);
  return p === null ? undefined : bytesOf(concatPieces(p));
}

/** iolist_to_binary/1 as OTP's crypto.erl calls it first: badarg if not iodata. */
function iolistToBytes(t: Term): Uint8Array {
  return iodata(t) ?? badarg();
}

/** The NIF error {badarg, {File, Line}, Text}. */
function nifError(file: string, line: number, text: string): never {
  throw new ErlangError('error', ['badarg', [fromArray([...file].map((c) => c.charCodeAt(0))), line],
    fromArray([...text].map((c) => c.charCodeAt(0)))]);
}

const EMPTY: Bitstring = binary(new Uint8Array(0));

function bin(bytes: Uint8Array): Bitstring {
  return binary(bytes);
}

function newRef(): Ref {
  const p = S.proc as Process | null;
  if (!p) return badarg();
  return p.sched.makeRef();
}

// ------------------------------------------------------------------------- MD4 (RFC 1320)

function md4(data: Uint8Array): Uint8Array {
  const len = data.length;
  const total = ((len + 8) >>> 6) * 64 + 64;
  const m = new Uint8Array(total);
  m.set(data);
  m[len] = 0x80;
  const bits = len * 8;
  const dv = new DataView(m.buffer);
  dv.setUint32(total - 8, bits >>> 0, true);
  dv.setUint32(total - 4, Math.floor(bits / 0x100000000) >>> 0, true);
  let a = 0x67452301;
  let b = 0xefcdab89;
  let c = 0x98badcfe;
  let d = 0x10325476;
  const x = new Array<number>(16);
  const rotl = (v: number, s: number) => (v << s) | (v >>> (32 - s));
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) x[i] = dv.getUint32(off + i * 4, true);
    const [aa, bb, cc, dd] = [a, b, c, d];
    const f = (p: number, q: number, r: number) => (p & q) | (~p & r);
    const g = (p: number, q: number, r: number) => (p & q) | (p & r) | (q & r);
    const h = (p: number, q: number, r: number) => p ^ q ^ r;
    const s1 = [3, 7, 11, 19];
    for (let i = 0; i < 16; i++) {
      const t = rotl((a + f(b, c, d) + x[i]!) | 0, s1[i & 3]!);
      [a, b, c, d] = [d, t, b, c];
    }
    const s2 = [3, 5, 9, 13];
    for (let i = 0; i < 16; i++) {
      const k = (i & 3) * 4 + (i >>> 2);
      const t = rotl((a + g(b, c, d) + x[k]! + 0x5a827999) | 0, s2[i & 3]!);
      [a, b, c, d] = [d, t, b, c];
    }
    const s3 = [3, 9, 11, 15];
    const order = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];
    for (let i = 0; i < 16; i++) {
      const t = rotl((a + h(b, c, d) + x[order[i]!]! + 0x6ed9eba1) | 0, s3[i & 3]!);
      [a, b, c, d] = [d, t, b, c];
    }
    a = (a + aa) | 0;
    b = (b + bb) | 0;
    c = (c + cc) | 0;
    d = (d + dd) | 0;
  }
  const out = new Uint8Array(16);
  const ov = new DataView(out.buffer);
  ov.setUint32(0, a >>> 0, true);
  ov.setUint32(4, b >>> 0, true);
  ov.setUint32(8, c >>> 0, true);
  ov.setUint32(12, d >>> 0, true);
  return out;
}

// ------------------------------------------------------------------------- hashes

interface HashAlg {
  /** node:crypto's name, or null for MD4 (done here). */
  node: string | null;
  size: number;
  block: number;
  /** OpenSSL's NID, which hash_info/1 reports as `type`. */
  type: number;
}

const HASHES: Record<string, HashAlg> = {
  md4: { node: null, size: 16, block: 64, type: 257 },
  md5: { node: 'md5', size: 16, block: 64, type: 4 },
  sha: { node: 'sha1', size: 20, block: 64, type: 64 },
  sha224: { node: 'sha224', size: 28, block: 64, type: 675 },
  sha256: { node: 'sha256', size: 32, block: 64, type: 672 },
  sha384: { node: 'sha384', size: 48, block: 128, type: 673 },
  sha512: { node: 'sha512', size: 64, block: 128, type: 674 },
  sha3_224: { node: 'sha3-224', size: 28, block: 144, type: 1096 },
  sha3_256: { node: 'sha3-256', size: 32, block: 136, type: 1097 },
  sha3_384: { node: 'sha3-384', size: 48, block: 104, type: 1098 },
  sha3_512: { node: 'sha3-512', size: 64, block: 72, type: 1099 },
  blake2b: { node: 'blake2b512', size: 64, block: 128, type: 1056 },
  blake2s: { node: 'blake2s256', size: 32, block: 64, type: 1057 },
  ripemd160: { node: 'ripemd160', size: 20, block: 64, type: 117 },
};

function hashAlg(t: Term): HashAlg | undefined {
  return typeof t === 'string' && Object.hasOwn(HASHES, t) ? HASHES[t] : undefined;
}

function digest(alg: HashAlg, data: Uint8Array): Uint8Array {
  if (alg.node === null) return md4(data);
  return nodeCrypto().createHash(alg.node).update(data).digest();
}

/** An incremental hash: node's Hash (copied on every step), or MD4's bytes so far. */
type HashState = { alg: HashAlg; h: Hash | null; data: Uint8Array };

const hashStates = new WeakMap<Ref, HashState>();

function hashInit(t: Term): Term {
  const alg = hashAlg(t);
  if (!alg) nifError('hash.c', 142, 'Bad digest type');
  const ref = newRef();
  hashStates.set(ref, { alg, h: alg.node === null ? null : nodeCrypto().createHash(alg.node), data: new Uint8Array(0) });
  return ref;
}

function hashUpdate(s: Term, d: Term): Term {
  const data = iolistToBytes(d);
  const st = s instanceof Ref ? hashStates.get(s) : undefined;
  if (!st) nifError('hash.c', 171, 'Bad state');
  const ref = newRef();
  if (st.h) {
    const h = st.h.copy();
    h.update(data);
    hashStates.set(ref, { alg: st.alg, h, data: st.data });
  } else {
    const all = new Uint8Array(st.data.length + data.length);
    all.set(st.data);
    all.set(data, st.data.length);
    hashStates.set(ref, { alg: st.alg, h: null, data: all });
  }
  return ref;
}

function hashFinal(s: Term): Term {
  const st = s instanceof Ref ? hashStates.get(s) : undefined;
  if (!st) nifError('hash.c', 205, 'Bad state');
  return bin(st.h ? st.h.copy().digest() : md4(st.data));
}

function hashInfo(t: Term): Term {
  const alg = hashAlg(t) ?? badarg();
  return mapFromPairs([
    ['block_size', alg.block],
    ['size', alg.size],
    ['type', alg.type],
  ]);
}

// ------------------------------------------------------------------------- MACs

function hmac(alg: HashAlg, key: Uint8Array, data: Uint8Array): Uint8Array {
  if (alg.node !== null) return nodeCrypto().createHmac(alg.node, key).update(data).digest();
  // HMAC over MD4 (RFC 2104): H((K ^ opad) || H((K ^ ipad) || m)).
  const k = new Uint8Array(alg.block);
  k.set(key.length > alg.block ? md4(key) : key);
  const inner = new Uint8Array(alg.block + data.length);
  const outer = new Uint8Array(alg.block + alg.size);
  for (let i = 0; i < alg.block; i++) {
    inner[i] = k[i]! ^ 0x36;
    outer[i] = k[i]! ^ 0x5c;
  }
  inner.set(data, alg.block);
  outer.set(md4(inner), alg.block);
  return md4(outer);
}

/** The AES key sizes of the CMAC ciphers. */
const CMAC_CIPHERS: Record<string, number> = {
  aes_128_cbc: 16, aes_192_cbc: 24, aes_256_cbc: 32,
  aes_128_ecb: 16, aes_192_ecb: 24, aes_256_ecb: 32,
};

/** CMAC (RFC 4493) with AES: the last block of CBC over the message whose last block is
 * masked with a subkey derived from AES_K(0). */
function cmac(key: Uint8Array, data: Uint8Array): Uint8Array {
  const bits = key.length * 8;
  const aes = (block: Uint8Array): Uint8Array => {
    const c = nodeCrypto().createCipheriv(`aes-${bits}-ecb`, key, null);
    c.setAutoPadding(false);
    return new Uint8Array(c.update(block));
  };
  const dbl = (b: Uint8Array): Uint8Array => {
    const out = new Uint8Array(16);
    for (let i = 0; i < 16; i++) out[i] = ((b[i]! << 1) | (i < 15 ? b[i + 1]! >>> 7 : 0)) & 0xff;
    if (b[0]! & 0x80) out[15] = out[15]! ^ 0x87;
    return out;
  };
  const k1 = dbl(aes(new Uint8Array(16)));
  const k2 = dbl(k1);
  const n = Math.max(1, Math.ceil(data.length / 16));
  const msg = new Uint8Array(n * 16);
  msg.set(data);
  const complete = data.length > 0 && data.length % 16 === 0;
  if (!complete) msg[data.length] = 0x80;
  const sub = complete ? k1 : k2;
  for (let i = 0; i < 16; i++) msg[(n - 1) * 16 + i] = msg[(n - 1) * 16 + i]! ^ sub[i]!;
  const c = nodeCrypto().createCipheriv(`aes-${bits}-cbc`, key, new Uint8Array(16));
  c.setAutoPadding(false);
  const out = new Uint8Array(c.update(msg));
  return out.subarray(out.length - 16);
}

function le(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/** Poly1305 (RFC 8439) with a 32-byte one-time key. */
function poly1305(key: Uint8Array, data: Uint8Array): Uint8Array {
  const p = (1n << 130n) - 5n;
  const r = le(key.subarray(0, 16)) & 0x0ffffffc0ffffffc0ffffffc0fffffffn;
  const s = le(key.subarray(16, 32));
  let acc = 0n;
  for (let i = 0; i < data.length; i += 16) {
    const block = data.subarray(i, Math.min(i + 16, data.length));
    acc = ((acc + le(block) + (1n << BigInt(8 * block.length))) * r) % p;
  }
  let tag = (acc + s) & ((1n << 128n) - 1n);
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) {
    out[i] = Number(tag & 0xffn);
    tag >>= 8n;
  }
  return out;
}

type MacFn = (data: Uint8Array) => Uint8Array;

/**
 * The MAC of a type, subtype and key, checked as OTP's NIF does (after the data):
 * the type, then the subtype, then the key. `line` gives the NIF's error lines of the
 * caller (mac/4 and mac_init/3 report different ones).
 */
function macFn(type: Term, sub: Term, key: Uint8Array, lines: MacLines): MacFn {
  switch (type) {
    case 'hmac': {
      const alg = hashAlg(sub);
      if (!alg) nifError('mac.c', lines.hmacDigest, 'Bad digest algorithm for HMAC');
      return (d) => hmac(alg, key, d);
    }
    case 'cmac': {
      const size = typeof sub === 'string' && Object.hasOwn(CMAC_CIPHERS, sub) ? CMAC_CIPHERS[sub] : undefined;
      if (size === undefined) nifError('mac.c', lines.cipher, 'Unknown cipher');
      if (key.length !== size) nifError('mac.c', lines.keySize, 'Bad key size');
      return (d) => cmac(key, d);
    }
    case 'poly1305':
      if (key.length !== 32) nifError('mac.c', lines.polyKey, 'Bad key length');
      return (d) => poly1305(key, d);
    default:
      return nifError('mac.c', lines.unknown, 'Unknown mac algorithm');
  }
}

interface MacLines {
  unknown: number;
  hmacDigest: number;
  cipher: number;
  keySize: number;
  polyKey: number;
}
const MAC_LINES: MacLines = { unknown: 233, hmacDigest: 263, cipher: 313, keySize: 316, polyKey: 235 };
const MAC_INIT_LINES: MacLines = { unknown: 587, hmacDigest: 617, cipher: 658, keySize: 661, polyKey: 589 };

/** crypto.erl's alias/2: aes_cbc and friends named by their key size. */
function alias(sub: Term, key: Uint8Array): Term {
  if (sub === 'aes_cbc' || sub === 'aes_ecb') {
    const bits = { 16: 128, 24: 192, 32: 256 }[key.length as 16 | 24 | 32];
    return bits === undefined ? sub : `aes_${bits}_${sub.slice(4)}`;
  }
  return sub;
}

function mac4(type: Term, sub: Term, k: Term, d: Term): Term {
  const key = iolistToBytes(k);
  const data = iodata(d);
  if (!data) nifError('mac.c', 175, 'Bad text');
  return bin(macFn(type, alias(sub, key), key, MAC_LINES)(data));
}

function binaryPart0(b: Term, n: Term): Term {
  const x = b as Bitstring;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > x.byteSize) badarg();
  return bin(bytesOf(x).slice(0, n));
}

/** A MAC state: the function and the data so far (updated in place). */
type MacState = { fn: MacFn; chunks: Uint8Array[] };
const macStates = new WeakMap<Ref, MacState>();

function macInit(type: Term, sub: Term, key: Uint8Array): Term {
  const fn = macFn(type, alias(sub, key), key, MAC_INIT_LINES);
  const ref = newRef();
  macStates.set(ref, { fn, chunks: [] });
  return ref;
}

function macUpdate(s: Term, d: Term): Term {
  const data = iodata(d);
  if (!data) nifError('mac.c', 794, 'Bad text');
  const st = s instanceof Ref ? macStates.get(s) : undefined;
  if (!st) nifError('mac.c', 817, 'Bad ref');
  st.chunks.push(data.slice());
  return s;
}

function macFinal(s: Term): Term {
  const st = s instanceof Ref ? macStates.get(s) : undefined;
  if (!st) nifError('mac.c', 847, 'Bad ref');
  const total = st.chunks.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of st.chunks) {
    all.set(c, at);
    at += c.length;
  }
  return bin(st.fn(all));
}

// ------------------------------------------------------------------------- ciphers

interface CipherSpec {
  node: string;
  key: number;
  /** IV length; 0 for ECB, whose IV argument is not looked at. */
  iv: number;
  /** Block size for the padded modes (CBC, ECB); 1 for stream modes. */
  block: number;
}

const CIPHERS: Record<string, CipherSpec> = {};
for (const bits of [128, 192, 256]) {
  const key = bits / 8;
  CIPHERS[`aes_${bits}_cbc`] = { node: `aes-${bits}-cbc`, key, iv: 16, block: 16 };
  CIPHERS[`aes_${bits}_ecb`] = { node: `aes-${bits}-ecb`, key, iv: 0, block: 16 };
  CIPHERS[`aes_${bits}_ctr`] = { node: `aes-${bits}-ctr`, key, iv: 16, block: 1 };
  CIPHERS[`aes_${bits}_cfb8`] = { node: `aes-${bits}-cfb8`, key, iv: 16, block: 1 };
  CIPHERS[`aes_${bits}_cfb128`] = { node: `aes-${bits}-cfb`, key, iv: 16, block: 1 };
  CIPHERS[`aes_${bits}_ofb`] = { node: `aes-${bits}-ofb`, key, iv: 16, block: 1 };
}
const GCM: Record<string, number> = { aes_128_gcm: 16, aes_192_gcm: 24, aes_256_gcm: 32 };

/** crypto.erl's alias/2 for ciphers: aes_cbc, aes_ecb, ... named by the key's size. */
function cipherAlias(c: Term, key: Term): Term {
  if (typeof c !== 'string' || !['aes_cbc', 'aes_cfb8', 'aes_cfb128', 'aes_ctr', 'aes_ecb', 'aes_gcm'].includes(c))
    return c;
  const k = iodata(key) ?? badarg(); // iolist_size/1
  const bits = { 16: 128, 24: 192, 32: 256 }[k.length as 16 | 24 | 32];
  return bits === undefined ? c : `aes_${bits}_${c.slice(4)}`;
}

function charlist(s: string): Term {
  return fromArray([...s].map((c) => c.charCodeAt(0)));
}

type Padding = 'undefined' | 'none' | 'pkcs_padding' | 'zero' | 'random';

/** The options of crypto_one_time: a boolean (encrypt?) or a property list. */
function cipherOptions(t: Term): { encrypt: boolean; padding: Padding } {
  if (t === true || t === false) return { encrypt: t, padding: 'undefined' };
  const o = { encrypt: true, padding: 'undefined' as Padding };
  let l: Term = t;
  while (l instanceof Cons) {
    const e = l.hd;
    if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string')
      nifError('api_ng.c', 139, 'Options must be a property list!');
    const [tag, v] = e as [string, Term];
    if (tag === 'encrypt') {
      if (v !== true && v !== false) nifError('api_ng.c', 152, "The 'encrypt' option must be a boolean!");
      o.encrypt = v;
    } else if (tag === 'padding') {
      if (typeof v !== 'string' || !['undefined', 'none', 'pkcs_padding', 'zero', 'random'].includes(v))
        nifError('api_ng.c', 168, "Bad 'padding' option value");
      o.padding = v as Padding;
    } else nifError('api_ng.c', 174, `Bad tag in option: ${tag}`);
    l = l.tl;
  }
  if (l !== NIL) nifError('api_ng.c', 120, 'Options are not a boolean or a proper list');
  return o;
}

function cryptoOneTime(c: Term, k: Term, ivT: Term, d: Term, opts: Term): Term {
  const name = cipherAlias(c, k);
  const spec = typeof name === 'string' && Object.hasOwn(CIPHERS, name) ? CIPHERS[name] : undefined;
  if (!spec) nifError('api_ng.c', 242, 'Unknown cipher');
  const key = iodata(k);
  if (!key) nifError('api_ng.c', 228, 'Bad key');
  if (key.length !== spec.key) nifError('api_ng.c', 244, 'Bad key size');
  let iv: Uint8Array | null = null;
  if (spec.iv > 0) {
    if (!(ivT instanceof Bitstring) || !ivT.isBinary) nifError('api_ng.c', 304, 'Bad iv type');
    iv = bytesOf(ivT);
    if (iv.length !== spec.iv) nifError('api_ng.c', 310, 'Bad iv size');
  }
  const { encrypt, padding } = cipherOptions(opts);
  let data = iodata(d);
  if (!data) nifError('api_ng.c', 966, 'expected binary as data');
  const bs = spec.block;
  if (bs > 1) {
    const rest = data.length % bs;
    if (padding === 'none' && rest !== 0) throw new ErlangError('error', ['error', [charlist('api_ng.c'), 610],
      charlist("Padding 'none' but unfilled last block")]);
    if (encrypt && (padding === 'zero' || padding === 'random') && rest !== 0) {
      const padded = new Uint8Array(data.length + bs - rest);
      padded.set(data);
      if (padding === 'random') padded.set(nodeCrypto().randomBytes(bs - rest), data.length);
      data = padded;
    } else if (padding !== 'pkcs_padding') data = data.subarray(0, data.length - rest);
  }
  const cipher = encrypt ? nodeCrypto().createCipheriv(spec.node, key, iv) : nodeCrypto().createDecipheriv(spec.node, key, iv);
  cipher.setAutoPadding(bs > 1 && padding === 'pkcs_padding');
  try {
    const a = cipher.update(data);
    const b = cipher.final();
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return bin(out);
  } catch {
    throw new ErlangError('error', ['error', [charlist('api_ng.c'), 638], charlist("Can't finalize")]);
  }
}

/** crypto_one_time_aead/7 (AES-GCM): {CipherText, Tag} or the plain text, or `error`. */
function cryptoOneTimeAead(c: Term, k: Term, ivT: Term, d: Term, aadT: Term, tagT: Term, enc: Term): Term {
  const name = cipherAlias(c, k);
  const keyLen = typeof name === 'string' && Object.hasOwn(GCM, name) ? GCM[name] : undefined;
  if (keyLen === undefined) throw new ErlangError('error', ['badarg', charlist('Not an AEAD cipher')]);
  const data = iodata(d);
  if (!data) nifError('aead.c', 67, 'non-binary text');
  const aad = iodata(aadT);
  if (!aad) nifError('aead.c', 69, 'non-binary AAD');
  const key = iodata(k);
  if (!key || key.length !== keyLen) nifError('aead.c', 90, 'Unknown cipher or invalid key size');
  const iv = ivT instanceof Bitstring && ivT.isBinary ? bytesOf(ivT) : undefined;
  if (!iv || iv.length === 0) nifError('aead.c', 111, 'Bad IV length');
  const alg = `aes-${keyLen * 8}-gcm` as CipherGCMTypes;
  if (enc === true) {
    if (typeof tagT !== 'number' || !Number.isInteger(tagT) || tagT < 1 || tagT > 16) return badarg();
    const ci = nodeCrypto().createCipheriv(alg, key, iv);
    ci.setAAD(aad);
    const a = ci.update(data);
    const b = ci.final();
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return [bin(out), bin(new Uint8Array(ci.getAuthTag().subarray(0, tagT)))];
  }
  if (enc !== false) return badarg();
  const tag = tagT instanceof Bitstring && tagT.isBinary ? bytesOf(tagT) : undefined;
  if (!tag) return badarg();
  if (tag.length < 4 || tag.length > 16) return 'error';
  try {
    const de = nodeCrypto().createDecipheriv(alg, key, iv, { authTagLength: tag.length });
    de.setAAD(aad);
    de.setAuthTag(tag);
    const a = de.update(data);
    const b = de.final();
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return bin(out);
  } catch {
    return 'error';
  }
}

// ------------------------------------------------------------------------- the rest

function pbkdf2(digestT: Term, pass: Term, salt: Term, iter: Term, keyLen: Term): Term {
  const alg = hashAlg(digestT);
  if (!alg) nifError('pbkdf2_hmac.c', 34, 'Bad digest type');
  if (alg.node === null) nifError('pbkdf2_hmac.c', 38, 'Not eligible digest type');
  if (!(pass instanceof Bitstring) || !pass.isBinary) nifError('pbkdf2_hmac.c', 41, 'Not binary');
  if (!(salt instanceof Bitstring) || !salt.isBinary) nifError('pbkdf2_hmac.c', 44, 'Not binary');
  if (typeof iter !== 'number' || !Number.isInteger(iter) || iter < 0 || iter > 0xffffffff)
    nifError('pbkdf2_hmac.c', 47, 'Not integer');
  if (iter === 0) nifError('pbkdf2_hmac.c', 49, 'Must be > 0');
  if (typeof keyLen !== 'number' || !Number.isInteger(keyLen) || keyLen < 0)
    nifError('pbkdf2_hmac.c', 52, 'Not integer');
  if (keyLen === 0) nifError('pbkdf2_hmac.c', 54, 'Must be > 0');
  return bin(nodeCrypto().pbkdf2Sync(bytesOf(pass), bytesOf(salt), iter, keyLen, alg.node));
}

function strongRandBytes(n: Term): Term {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0x7fffffff) badarg();
  return bin(new Uint8Array(nodeCrypto().randomBytes(n)));
}

function exor(a: Term, b: Term): Term {
  const x = iolistToBytes(a);
  const y = iolistToBytes(b);
  if (x.length !== y.length) badarg();
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i]! ^ y[i]!;
  return bin(out);
}

function hashEquals(a: Term, b: Term): Term {
  if (!(a instanceof Bitstring) || !a.isBinary || !(b instanceof Bitstring) || !b.isBinary) badarg();
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (x.length !== y.length) badarg();
  return nodeCrypto().timingSafeEqual(x, y);
}

function bytesToInteger(b: Term): Term {
  if (!(b instanceof Bitstring) || !b.isBinary) error('function_clause');
  let n = 0n;
  for (const byte of bytesOf(b)) n = (n << 8n) | BigInt(byte);
  return normBig(n);
}

export function registerCryptoBifs(): void {
  registerNative('crypto', {
    'hash/2': (t, d) => {
      const data = iolistToBytes(d);
      const alg = hashAlg(t);
      if (!alg) nifError('hash.c', 108, 'Bad digest type');
      return bin(digest(alg, data));
    },
    'hash_init/1': hashInit,
    'hash_update/2': hashUpdate,
    'hash_final/1': hashFinal,
    'hash_info/1': hashInfo,
    'hash_equals/2': hashEquals,
    'mac/3': (type, k, d) => (type === 'poly1305' ? mac4(type, 'undefined', k, d) : error('function_clause')),
    'mac/4': mac4,
    'macN/4': (type, k, d, n) =>
      type === 'poly1305' ? binaryPart0(mac4(type, 'undefined', k, d), n) : error('function_clause'),
    'macN/5': (type, sub, k, d, n) => binaryPart0(mac4(type, sub, k, d), n),
    'mac_init/2': (type, k) => {
      if (type !== 'poly1305') error('function_clause');
      const key = iodata(k);
      if (!key) nifError('mac.c', 580, 'Bad key');
      return macInit(type, 'undefined', key);
    },
    'mac_init/3': (type, sub, k) => macInit(type, sub, iolistToBytes(k)),
    'mac_update/2': macUpdate,
    'mac_final/1': macFinal,
    'mac_finalN/2': (s, n) => binaryPart0(macFinal(s), n),
    'pbkdf2_hmac/5': pbkdf2,
    'strong_rand_bytes/1': strongRandBytes,
    'exor/2': exor,
    'bytes_to_integer/1': bytesToInteger,
    'crypto_one_time/4': (c, k, d, o) => cryptoOneTime(c, k, EMPTY, d, o),
    'crypto_one_time/5': cryptoOneTime,
    'crypto_one_time_aead/6': (c, k, iv, d, aad, enc) =>
      enc === true || enc === false ? cryptoOneTimeAead(c, k, iv, d, aad, enc ? 16 : EMPTY, enc) : error('function_clause'),
    'crypto_one_time_aead/7': cryptoOneTimeAead,
  });
}
