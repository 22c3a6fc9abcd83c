// The erlang BIFs of the wall clock and the host's time zone, which calendar.erl
// (stdlib/src) builds on: localtime/0, universaltime/0, localtime_to_universaltime/1,2
// and universaltime_to_localtime/1. Datetimes are {{Y,M,D},{H,Mi,S}}; the time zone is
// the host's (TZ), through JS Date.
//
// As BEAM: a datetime that is not a valid date and time of day (seconds 0..59), or
// whose year is before 1902, is badarg. A local time in the hour skipped by a switch to
// summer time, or repeated by the switch back, is ambiguous: IsDst (true, false or
// undefined) picks the summer-time or standard reading where there are two, and
// undefined leaves the choice to the host.
import { badarg } from '../term/errors.js';
import type { Term } from '../term/types.js';
import { registerNative } from './registry.js';

export type Fields = [number, number, number, number, number, number];

function int(t: Term | undefined): number {
  if (typeof t !== 'number' || !Number.isInteger(t)) return badarg();
  return t;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The fields of a valid datetime term from year `minYear` on (1902 for the local-time
 * BIFs, 1600 for the posix-time ones); badarg otherwise. */
export function fields(t: Term, minYear = 1902): Fields {
  if (!Array.isArray(t) || t.length !== 2) return badarg();
  const [d, tm] = t as Term[];
  if (!Array.isArray(d) || d.length !== 3 || !Array.isArray(tm) || tm.length !== 3) return badarg();
  const [y, mo, day] = (d as Term[]).map(int) as [number, number, number];
  const [h, mi, s] = (tm as Term[]).map(int) as [number, number, number];
  if (y < minYear || mo < 1 || mo > 12 || day < 1) badarg();
  const last = mo === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  if (day > last || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) badarg();
  return [y, mo, day, h, mi, s];
}

function term(f: Fields): Term {
  return [[f[0], f[1], f[2]], [f[3], f[4], f[5]]];
}

function utcFields(d: Date): Fields {
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
}

function localFields(d: Date): Fields {
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
}

const same = (a: Fields, b: Fields) => a.every((x, i) => x === b[i]);

/** Beyond what a JS Date holds, times are left as they are (as BEAM does past its range). */
const MAX_YEAR = 275000;

function localToUniversal(t: Term, isDst: Term): Term {
  const f = fields(t);
  if (isDst !== true && isDst !== false && isDst !== 'undefined') badarg();
  if (f[0] > MAX_YEAR) return term(f);
  const asUtc = Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]);
  // The zone's offsets around that moment: a local time reads as UTC minus one of them.
  const offsets = new Set<number>();
  for (const probe of [asUtc - 86400000, asUtc, asUtc + 86400000]) {
    offsets.add(-new Date(probe).getTimezoneOffset() * 60000);
  }
  const readings = [...offsets]
    .map((off) => ({ off, at: asUtc - off }))
    .filter((r) => same(localFields(new Date(r.at)), f));
  let at: number;
  if (readings.length === 0) at = new Date(f[0], f[1] - 1, f[2], f[3], f[4], f[5]).getTime();
  else if (readings.length === 1 || isDst === 'undefined') at = new Date(f[0], f[1] - 1, f[2], f[3], f[4], f[5]).getTime();
  else {
    // Summer time is the reading with the larger offset.
    readings.sort((a, b) => a.off - b.off);
    at = (isDst === true ? readings[readings.length - 1]! : readings[0]!).at;
  }
  return term(utcFields(new Date(at)));
}

function universalToLocal(t: Term): Term {
  const f = fields(t);
  if (f[0] > MAX_YEAR) return term(f);
  return term(localFields(new Date(Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]))));
}

export function registerCalendarBifs(): void {
  registerNative('erlang', {
    'localtime/0': () => term(localFields(new Date())),
    'universaltime/0': () => term(utcFields(new Date())),
    'localtime_to_universaltime/1': (t) => localToUniversal(t, 'undefined'),
    'localtime_to_universaltime/2': localToUniversal,
    'universaltime_to_localtime/1': universalToLocal,
  });
}
