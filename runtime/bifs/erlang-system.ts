// The `erlang` BIFs about the system rather than terms: unique_integer, date/0, time/0,
// the posix time conversions (local time and its conversions are in calendar.ts), system_info,
// statistics, memory, the node functions of a node that is not distributed (nodes,
// is_alive), fun_to_list, display and bump_reductions.
//
// Values that describe the emulator are OTP 25's (otp_release "25", erts "13.1.5",
// wordsize 8, ...) so that code testing them takes the paths it takes on BEAM; sizes and
// counters come from the host where it has them.
import { Cons, Float, Fun, NIL, Pid, Port, Ref, TAG_BITS, TAG_CONS, TAG_FLOAT, TAG_FUN, TAG_MAP, TAG_NIL, TAG_PID, TAG_PORT, TAG_REF, type Term } from '../term/types.js';
import type { ErlMap } from '../term/map.js';
import type { Bitstring } from '../term/bitstring.js';
import { badarg } from '../term/errors.js';
import { normBig } from '../term/int.js';
import { fromString, toArrayOrUndefined } from '../term/list.js';
import { funToString, pidToString, portToString, refToString } from '../term/print.js';
import { writeStderrBytes, writeStdoutBytes } from '../format/sink.js';
import { registerNative } from './registry.js';
import { fields, type Fields } from './calendar.js';

// ------------------------------------------------------------------ unique_integer

/** BEAM's unique integers start at -2^59 (monotonic ones too); positive ones at 1. */
const UNIQUE_BASE = -(2n ** 59n);
let uniqueCount = 0n;
let positiveCount = 0n;

function uniqueInteger(opts: Term): Term {
  const items = toArrayOrUndefined(opts);
  if (items === undefined) return badarg();
  let positive = false;
  for (const o of items) {
    if (o === 'positive') positive = true;
    else if (o !== 'monotonic') return badarg();
  }
  if (positive) return normBig(++positiveCount);
  return normBig(UNIQUE_BASE + uniqueCount++);
}

// ------------------------------------------------------------------ clocks


const pad = (d: Date, utc: boolean): Fields =>
  utc
    ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];

const dateTimeTerm = (t: Fields): Term => [[t[0], t[1], t[2]], [t[3], t[4], t[5]]];

function universalToPosix(t: Term): Term {
  const [y, m, d, h, mi, s] = fields(t, 1600);
  const u = new Date(Date.UTC(y, m - 1, d, h, mi, s));
  u.setUTCFullYear(y);
  return Math.floor(u.getTime() / 1000);
}

function posixToUniversal(t: Term): Term {
  if (typeof t !== 'number' || !Number.isInteger(t)) return badarg();
  return dateTimeTerm(pad(new Date(t * 1000), true));
}

// ------------------------------------------------------------------ system_info

const ERTS_VERSION = '13.1.5';

function cores(): number {
  const n = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return typeof n === 'number' && n > 0 ? n : 1;
}

function systemInfo(what: Term): Term {
  const n = cores();
  switch (what) {
    case 'otp_release': return fromString('25');
    case 'version': return fromString(ERTS_VERSION);
    case 'wordsize': return 8;
    case 'schedulers':
    case 'schedulers_online':
    case 'logical_processors':
    case 'logical_processors_available':
    case 'logical_processors_online':
    case 'dirty_cpu_schedulers':
    case 'dirty_cpu_schedulers_online':
      return n;
    case 'dirty_io_schedulers': return 10;
    case 'process_limit': return 262144;
    case 'atom_limit': return 1048576;
    case 'port_limit': return 65536;
    case 'ets_limit': return 8192;
    case 'machine': return fromString('BEAM');
    case 'system_architecture': return fromString('x86_64-pc-linux-gnu');
    case 'smp_support':
    case 'threads':
    case 'kernel_poll':
    case 'time_correction':
      return true;
    case 'debug_compiled': return false;
    case 'thread_pool_size': return 1;
    case 'build_type':
    case 'emu_type':
      return 'opt';
    case 'heap_type': return 'private';
    case 'compat_rel': return 25;
    case 'time_warp_mode': return 'no_time_warp';
    case 'creation': return 0;
    case 'driver_version': return fromString('3.3');
    case 'nif_version': return fromString('2.16');
    case 'dist_ctrl': return NIL;
    case 'start_time': return normBig(-576460752000000000n);
    case 'end_time': return normBig(8646911283000000000n);
    case 'system_version':
      return fromString(
        `Erlang/OTP 25 [erts-${ERTS_VERSION}] [source] [64-bit] [smp:${n}:${n}] [ds:${n}:${n}:10] [async-threads:1] [jit:ns]\n`,
      );
  }
  if (Array.isArray(what) && what.length === 2 && what[0] === 'wordsize' && (what[1] === 'internal' || what[1] === 'external')) {
    return 8;
  }
  return badarg();
}

// ------------------------------------------------------------------ statistics, memory

const started = Date.now();
let lastWall = started;
let lastRuntime = 0;

function cpuMs(): number {
  const p = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;
  if (p?.cpuUsage) {
    const u = p.cpuUsage();
    return Math.floor((u.user + u.system) / 1000);
  }
  return Date.now() - started;
}

function statistics(what: Term): Term {
  switch (what) {
    case 'runtime': {
      const t = cpuMs();
      const r: Term = [t, t - lastRuntime];
      lastRuntime = t;
      return r;
    }
    case 'wall_clock': {
      const t = Date.now();
      const r: Term = [t - started, t - lastWall];
      lastWall = t;
      return r;
    }
    case 'reductions':
    case 'exact_reductions':
      return [0, 0];
    case 'run_queue':
    case 'total_run_queue_lengths':
    case 'total_run_queue_lengths_all':
      return 0;
    case 'total_active_tasks':
    case 'total_active_tasks_all':
      return 1;
    case 'context_switches': return [0, 0];
    case 'garbage_collection': return [0, 0, 0];
    case 'io': return [['input', 0], ['output', 0]];
  }
  return badarg();
}

const MEMORY_KINDS = ['total', 'processes', 'processes_used', 'system', 'atom', 'atom_used', 'binary', 'code', 'ets'];

function memoryOf(kind: string): number {
  const p = (globalThis as { process?: { memoryUsage?: () => { rss: number; heapUsed: number; external: number; arrayBuffers: number } } }).process;
  const m = p?.memoryUsage ? p.memoryUsage() : { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  switch (kind) {
    case 'total': return m.heapUsed + m.external;
    case 'processes':
    case 'processes_used':
      return m.heapUsed;
    case 'system': return m.external;
    case 'binary': return m.arrayBuffers;
    default: return 0;
  }
}

function memory(kind?: Term): Term {
  if (kind === undefined) {
    let l: Term = NIL;
    for (let i = MEMORY_KINDS.length - 1; i >= 0; i--) l = new Cons([MEMORY_KINDS[i]!, memoryOf(MEMORY_KINDS[i]!)], l);
    return l;
  }
  if (typeof kind === 'string' && MEMORY_KINDS.includes(kind)) return memoryOf(kind);
  const items = toArrayOrUndefined(kind);
  if (items === undefined || !items.every((k) => typeof k === 'string' && MEMORY_KINDS.includes(k))) return badarg();
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons([items[i]!, memoryOf(items[i] as string)], l);
  return l;
}

// ------------------------------------------------------------------ display

/** Characters that keep a list printed as a string by display (measured on OTP 25). */
function isDisplayChar(c: number): boolean {
  return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c === 9 || c === 10 || c === 13;
}

/** The emulator quotes every atom but a lowercase letter followed by letters, digits
 * and _ (Latin-1 letters count; reserved words are not quoted, @ is),
 * and writes atoms as UTF-8 (strings and binaries go out as their bytes). */
function displayAtom(a: string): string {
  const text = /^[a-zß-öø-ÿ][a-zA-Z0-9_À-ÖØ-öø-ÿ]*$/.test(a) ? a : "'" + a.replace(/[\\']/g, (c) => '\\' + c).replace(/\n/g, '\\n') + "'";
  return latin1(Array.from(new TextEncoder().encode(text)));
}

/** erlang:display/1's printer (the emulator's own): like ~w, but lists of printable
 * ASCII as strings, binaries of printable ASCII as <<"...">>, floats as C's %e. */
function display(t: Term): string {
  if (typeof t === 'number') return String(t);
  if (typeof t === 'bigint') return t.toString();
  if (typeof t === 'string') return displayAtom(t);
  if (typeof t === 'boolean') return String(t);
  if (Array.isArray(t)) return '{' + (t as Term[]).map(display).join(',') + '}';
  switch ((t as { tag: number }).tag) {
    case TAG_FLOAT: {
      const v = (t as Float).value;
      const [m, e] = v.toExponential(6).split('e');
      const exp = Number(e);
      return `${Object.is(v, -0) ? '-' : ''}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    case TAG_NIL: return '[]';
    case TAG_CONS: {
      const items: Term[] = [];
      let l: Term = t;
      for (; l instanceof Cons; l = l.tl) items.push(l.hd);
      if (l === NIL && items.every((c) => typeof c === 'number' && isDisplayChar(c))) {
        return '"' + latin1(items as number[]).replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
      }
      return '[' + items.map(display).join(',') + (l === NIL ? '' : '|' + display(l)) + ']';
    }
    case TAG_MAP: {
      const parts: string[] = [];
      for (const [k, v] of (t as ErlMap).iterOrder()) parts.push(display(k) + '=>' + display(v));
      return '#{' + parts.join(',') + '}';
    }
    case TAG_BITS: {
      const b = t as Bitstring;
      const bytes = b.toBytes();
      const whole = b.bitSize >>> 3;
      const rest = b.bitSize & 7;
      const full = Array.from(bytes.slice(0, whole));
      if (rest === 0 && full.length > 0 && full.every((c) => c >= 32 && c <= 126)) {
        return '<<"' + latin1(full).replace(/"/g, '\\"') + '">>';
      }
      const parts = full.map(String);
      if (rest !== 0) parts.push(`${bytes[whole]! >> (8 - rest)}:${rest}`);
      return '<<' + parts.join(',') + '>>';
    }
    case TAG_FUN: return funToString(t as Fun);
    case TAG_PID: return pidToString(t as Pid);
    case TAG_PORT: return portToString(t as Port);
    case TAG_REF: return refToString(t as Ref);
  }
  return '?';
}

function latin1(cs: readonly number[]): string {
  let s = '';
  for (const c of cs) s += String.fromCharCode(c);
  return s;
}

/** Writes text whose characters are bytes. */
function writeOut(s: string, stderr = false): void {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  if (stderr) writeStderrBytes(out);
  else writeStdoutBytes(out);
}

// ------------------------------------------------------------------ registration

export function registerErlangSystemBifs(): void {
  const now = () => pad(new Date(), false);
  registerNative('erlang', {
    'unique_integer/0': () => uniqueInteger(NIL),
    'unique_integer/1': uniqueInteger,
    'date/0': () => {
      const t = now();
      return [t[0], t[1], t[2]];
    },
    'time/0': () => {
      const t = now();
      return [t[3], t[4], t[5]];
    },
    'universaltime_to_posixtime/1': universalToPosix,
    'posixtime_to_universaltime/1': posixToUniversal,
    'system_info/1': systemInfo,
    'statistics/1': statistics,
    'memory/0': () => memory(),
    'memory/1': (k) => memory(k),
    'is_alive/0': () => false,
    'nodes/0': () => NIL,
    'nodes/1': (k) => {
      const kinds = typeof k === 'string' ? [k] : toArrayOrUndefined(k);
      if (kinds === undefined) return badarg();
      const self = kinds.some((x) => x === 'this' || x === 'known');
      for (const x of kinds) if (!['this', 'known', 'visible', 'hidden', 'connected'].includes(x as string)) return badarg();
      return self ? new Cons('nonode@nohost', NIL) : NIL;
    },
    'fun_to_list/1': (f) => (f instanceof Fun ? fromString(funToString(f)) : badarg()),
    'display/1': (t) => (writeOut(display(t) + '\r\n'), true),
    'display_string/1': (s) => {
      const items = toArrayOrUndefined(s);
      if (items === undefined || !items.every((c) => typeof c === 'number' && c >= 0 && c <= 255)) return badarg();
      writeOut(latin1(items as number[]), true); // the emulator writes it to stderr
      return true;
    },
    'display_nl/0': () => (writeOut('\r\n'), true),
    'bump_reductions/1': (n) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? true : badarg()),
  });
}
