// `erlts run -sname N | -name N [-setcookie C]`: the node is alive before main/1
// runs, as under `erl -sname N`; it joins the run's scheduler when that starts.
import { dist } from './node.js';

/** Starts distribution; null, or the reason it failed. */
export function startNode(name: string, longnames: boolean, cookie?: string): Promise<string | null> {
  return dist.start({ name, longnames, cookie, iface: process.env['ERLTS_DIST_INTERFACE'] });
}

/** `-setcookie C` without a name: the cookie of a later net_kernel:start (as erl). */
export function presetCookie(cookie: string): void {
  if (!dist.alive) dist.cookie = cookie;
}
