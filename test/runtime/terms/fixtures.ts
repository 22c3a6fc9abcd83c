// Loading the OTP-generated fixtures (made by gen-fixtures.escript; never edited by hand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryToTerm } from '../../../runtime/term/etf.js';
import type { Term } from '../../../runtime/term/types.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
}

export function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
  return out;
}

export function toHex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += (x < 16 ? '0' : '') + x.toString(16);
  return s;
}

/** The term OTP encoded as this hex. */
export function decodeHex(h: string): Term {
  return binaryToTerm(fromHex(h)).term;
}

export interface TermRecord {
  etf: string;
  w: string | null;
  tw?: string;
  h: number;
  hr: [number, number, number, number];
  c?: string;
  m0?: string;
  m2?: string;
  det?: boolean;
}

export interface PairFixture {
  pool: string[];
  pairs: [number, number, 0 | 1, 0 | 1, 0 | 1, -1 | 0 | 1][];
}

export type ArithResult = string | { error: string } | { bits: number; h: number };
export interface ArithFixture {
  operands: string[];
  ops: [string, number, number | null, ArithResult][];
}

export interface DecodeRecord {
  in: string;
  out: { ok: string; used: number } | { error: string };
}
