// erlang BIFs on maps (map_size/1, map_get/2, is_map_key/2), hashing (phash/2 in
// erlang-phash.ts, phash2/1,2) and node/0,1. Errors are OTP's: {badmap, T} for a non-map, {badkey, K} for a missing key
// (keys match exactly: 1 and 1.0 differ).
import { badarg, error } from '../term/errors.js';
import { phash2, phash2Range } from '../term/hash.js';
import { ErlMap } from '../term/map.js';
import { LOCAL_NODE, Pid, Port, Ref, type Term } from '../term/types.js';
import { phash } from './erlang-phash.js';
import type { NativeModule } from './registry.js';

function map(m: Term): ErlMap {
  if (!(m instanceof ErlMap)) error(['badmap', m]);
  return m as ErlMap;
}

export function mapGet(k: Term, m: Term): Term {
  const v = map(m).get(k);
  if (v === undefined) error(['badkey', k]);
  return v as Term;
}

export const mapBifs: NativeModule = {
  'map_size/1': (m) => map(m).size,
  'map_get/2': mapGet,
  'is_map_key/2': (k, m) => map(m).has(k),
  'phash/2': phash,
  'phash2/1': (t) => phash2(t),
  'phash2/2': (t, r) => phash2Range(t, r),
  'node/0': () => LOCAL_NODE,
  'node/1': (t) => (t instanceof Pid || t instanceof Port || t instanceof Ref ? t.node : badarg()),
};
