// The native half of `filelib`: wildcard/1,2 (the walk over directories). The rest of
// filelib is Erlang (stdlib/src/filelib.erl).
//
// Wildcards as OTP's filelib: a pattern is split at '/'; `?` is one character, `*` any
// run (hidden files included), `[a-z0-9]` a set or range, `{a,b}` alternatives, `**`
// any number of directory levels, `\` quotes the next character. Leading literal
// components are taken as they are; a pattern without any wildcard is just tested for
// existence. Results are sorted, relative to the Cwd for a relative pattern.
import * as fs from 'node:fs';
import { badarg, ErlangError } from '../term/errors.js';
import { Cons, NIL, type Term } from '../term/types.js';
import { fromArray, fromString, toJsString } from '../term/list.js';
import { registerNative } from './registry.js';
import { nameBytes } from './file.js';

type Part =
  | { k: 'char'; c: string }
  | { k: 'any' }
  | { k: 'star' }
  | { k: 'set'; ranges: [number, number][] }
  | { k: 'alt'; alts: Part[][] };

class BadPattern {}

function parsePart(s: string, i: number, stop: string): [Part[], number] {
  const out: Part[] = [];
  while (i < s.length && !stop.includes(s[i]!)) {
    const ch = s[i]!;
    if (ch === '?') {
      out.push({ k: 'any' });
      i++;
    } else if (ch === '*') {
      out.push({ k: 'star' });
      i++;
    } else if (ch === '\\' && i + 1 < s.length) {
      out.push({ k: 'char', c: s[i + 1]! });
      i += 2;
    } else if (ch === '[') {
      const ranges: [number, number][] = [];
      i++;
      while (i < s.length && s[i] !== ']') {
        let a = s.codePointAt(i)!;
        if (s[i] === '\\' && i + 1 < s.length) a = s.codePointAt(++i)!;
        i += a > 0xffff ? 2 : 1;
        if (s[i] === '-' && i + 1 < s.length && s[i + 1] !== ']') {
          const b = s.codePointAt(i + 1)!;
          i += b > 0xffff ? 3 : 2;
          ranges.push([a, b]);
        } else ranges.push([a, a]);
      }
      if (i >= s.length) throw new BadPattern();
      i++;
      out.push({ k: 'set', ranges });
    } else if (ch === '{') {
      const alts: Part[][] = [];
      i++;
      for (;;) {
        const [p, j] = parsePart(s, i, ',}');
        alts.push(p);
        if (j >= s.length) throw new BadPattern();
        i = j + 1;
        if (s[j] === '}') break;
      }
      out.push({ k: 'alt', alts });
    } else {
      out.push({ k: 'char', c: ch });
      i++;
    }
  }
  return [out, i];
}

function matches(p: readonly Part[], pi: number, s: readonly string[], si: number): boolean {
  if (pi === p.length) return si === s.length;
  const part = p[pi]!;
  switch (part.k) {
    case 'char':
      return si < s.length && s[si] === part.c && matches(p, pi + 1, s, si + 1);
    case 'any':
      return si < s.length && matches(p, pi + 1, s, si + 1);
    case 'star':
      for (let k = si; k <= s.length; k++) if (matches(p, pi + 1, s, k)) return true;
      return false;
    case 'set': {
      if (si >= s.length) return false;
      const c = s[si]!.codePointAt(0)!;
      return part.ranges.some(([a, b]) => c >= a && c <= b) && matches(p, pi + 1, s, si + 1);
    }
    case 'alt':
      return part.alts.some((alt) => matches([...alt, ...p.slice(pi + 1)], 0, s, si));
  }
}

const hasWild = (c: string): boolean => /[?*[{\\]/.test(c);

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir === '' ? '.' : dir);
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p === '' ? '.' : p).isDirectory();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** All names matching the components from `k` on, below `base` (a path ending in '/',
 * or '' for the cwd); `fsBase` is where `base` is on disk. */
function walk(comps: readonly string[], k: number, base: string, fsBase: string, out: string[]): void {
  if (k === comps.length) {
    out.push(base.length > 1 && base.endsWith('/') ? base.slice(0, -1) : base);
    return;
  }
  const c = comps[k]!;
  if (c === '**') {
    // zero levels, then every subdirectory level
    const visit = (rel: string, fsRel: string): void => {
      for (const f of listDir(fsRel)) {
        const name = rel + f;
        const fsName = fsRel + f;
        if (k + 1 === comps.length) out.push(name);
        else if (matchComp(comps[k + 1]!, f)) walk(comps, k + 2, name + '/', fsName + '/', out);
        if (isDir(fsName)) visit(name + '/', fsName + '/');
      }
    };
    visit(base, fsBase);
    return;
  }
  if (c === '..' || c === '.') {
    if (isDir(fsBase)) walk(comps, k + 1, base + c + '/', fsBase + c + '/', out);
    return;
  }
  for (const f of listDir(fsBase).sort()) {
    if (matchComp(c, f)) {
      if (k + 1 === comps.length) out.push(base + f);
      else walk(comps, k + 1, base + f + '/', fsBase + f + '/', out);
    }
  }
}

function matchComp(c: string, f: string): boolean {
  const [p] = parsePart(c, 0, '');
  return matches(p, 0, Array.from(f), 0);
}

function wildcard(pattern: Term, cwd: Term): Term {
  if (!(pattern instanceof Cons) && pattern !== NIL) throw new ErlangError('error', 'function_clause');
  const pat = toJsString(pattern);
  const dir = nameBytes(cwd);
  if (pat === undefined || dir === undefined) return badarg();
  const cwdDir = dir.toString('utf8');
  const abs = pat.startsWith('/');
  const comps = pat.split('/').filter((c) => c !== '');
  try {
    for (const c of comps) parsePart(c, 0, '');
  } catch (e) {
    if (e instanceof BadPattern) throw new ErlangError('error', ['badpattern', fromString(pat)]);
    throw e;
  }
  const inCwd = (p: string): string => (p.startsWith('/') ? p : cwdDir + '/' + p);
  if (!comps.some(hasWild)) {
    return exists(inCwd(pat === '' ? '.' : pat)) ? fromArray([pattern]) : fromArray([]);
  }
  // Leading literal components form the base; a leading "." is dropped ("./*.txt"
  // gives "c.txt", as in OTP).
  let k = 0;
  while (!abs && k < comps.length - 1 && comps[k] === '.') k++;
  let base = abs ? '/' : '';
  while (k < comps.length && !hasWild(comps[k]!) && comps[k] !== '..' && comps[k] !== '.') base += comps[k++] + '/';
  const out: string[] = [];
  const fsBase = abs ? base : cwdDir + '/' + base;
  if (base === '' || isDir(fsBase)) walk(comps, k, base, fsBase, out);
  out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return fromArray(out.map((s) => fromString(s)));
}

export function registerFilelibBifs(): void {
  registerNative('filelib', {
    'wildcard/1': (p) => wildcard(p, fromString('.')),
    'wildcard/2': (p, cwd) => {
      if (cwd instanceof Cons || cwd === NIL) return wildcard(p, cwd);
      // wildcard(Pattern, Mod): a module for the file operations (only `file` here).
      if (typeof cwd === 'string') return wildcard(p, fromString('.'));
      throw new ErlangError('error', 'function_clause');
    },
  });
}


