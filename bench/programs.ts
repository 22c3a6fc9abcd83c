// The sequential-program benchmark cases: which Erlang module in bench/erl/ each runs,
// with what size, and how. The same table drives both halves (bench/beam.ts and
// bench/erlts-side.ts), so both run exactly the same calls:
//
//   input    = prepare ? Module:prepare(Size) : Size          built once, not timed
//   result   = Module:fn(input)                               once to warm up, then timed
//   checksum = check ? Module:check(result) : result          not timed; compared as ~w text
//
// Splitting out `prepare` and `check` lets a case time just the operation it is about
// (lists:sort/1 on a ready list, not building the list), while the checksum stays a
// small term that is cheap to print and compare. docs/benchmarks.md describes each case.

export interface ProgramCase {
  name: string;
  /** Other names that select this case on the command line (the module, for a group). */
  groups: string[];
  module: string;
  prepare?: string;
  fn: string;
  check?: string;
  /** Size for a normal run (tuned for roughly 10-400 ms on BEAM 25 with the JIT). */
  size: number;
  /** Size for `--quick`: a smoke test of correctness in well under a second. */
  quick: number;
  what: string;
  /** A process benchmark (issue 4): reported, but not in the sequential programs' mean. */
  procs?: true;
}

export const programCases: ProgramCase[] = [
  { name: 'fib', groups: [], module: 'fib', fn: 'run', size: 30, quick: 15, what: 'naive recursive fib(N)' },
  { name: 'nbody', groups: [], module: 'nbody', fn: 'run', size: 100_000, quick: 1000, what: 'N steps of the 5-body simulation, float tuples' },
  { name: 'binary_trees', groups: [], module: 'binary_trees', fn: 'run', size: 16, quick: 8, what: 'allocate and walk binary trees up to depth N' },
  { name: 'fannkuch_redux', groups: [], module: 'fannkuch_redux', fn: 'run', size: 9, quick: 6, what: 'pancake flips over all permutations of 1..N' },
  { name: 'spectral_norm', groups: [], module: 'spectral_norm', fn: 'run', size: 500, quick: 50, what: 'spectral norm of an N x N matrix, float lists' },
  {
    name: 'lists_map', groups: ['lists_ops'], module: 'lists_ops', prepare: 'input', fn: 'map', check: 'checksum',
    size: 1_000_000, quick: 1000, what: 'lists:map/2 over N integers',
  },
  {
    name: 'lists_foldl', groups: ['lists_ops'], module: 'lists_ops', prepare: 'input', fn: 'foldl',
    size: 1_000_000, quick: 1000, what: 'lists:foldl/3 summing N integers',
  },
  {
    name: 'lists_sort', groups: ['lists_ops'], module: 'lists_ops', prepare: 'shuffled', fn: 'sort', check: 'checksum',
    size: 1_000_000, quick: 1000, what: 'lists:sort/1 of N pseudo-random integers',
  },
  {
    name: 'maps_put', groups: ['maps_ops'], module: 'maps_ops', fn: 'build', check: 'checksum',
    size: 100_000, quick: 1000, what: 'N maps:put/3 into a growing map',
  },
  {
    name: 'maps_get', groups: ['maps_ops'], module: 'maps_ops', prepare: 'build', fn: 'lookup',
    size: 100_000, quick: 1000, what: 'N maps:get/2 in a map of N keys',
  },
  {
    name: 'ets_set', groups: ['ets_ops'], module: 'ets_ops', fn: 'set_ops',
    size: 1_000_000, quick: 1000, what: 'N ets:insert/2 then N ets:lookup/2 on a set table',
  },
  {
    name: 'ets_ordered', groups: ['ets_ops'], module: 'ets_ops', fn: 'ordered_ops',
    size: 200_000, quick: 1000, what: 'N ets:insert/2 then N ets:lookup/2 on an ordered_set, scrambled keys',
  },
  {
    name: 'io_lib_format', groups: ['io_lib_ops'], module: 'io_lib_ops', prepare: 'terms', fn: 'format', check: 'checksum',
    size: 100_000, quick: 1000, what: 'io_lib:format ~p and ~w of N mixed terms',
  },
  // Processes (issue 4): each call starts its processes, runs, and waits until every
  // process it started is gone (bench/erl/procs_ops.erl).
  {
    name: 'ring', groups: ['procs', 'procs_ops'], procs: true, module: 'procs_ops', fn: 'ring',
    size: 1_000_000, quick: 5000, what: '1,000 processes pass a token N hops round a ring',
  },
  {
    name: 'spawn_exit', groups: ['procs', 'procs_ops'], procs: true, module: 'procs_ops', fn: 'spawn_exit',
    size: 100_000, quick: 1000, what: 'spawn_monitor N processes that exit at once, wait for N DOWNs',
  },
  {
    name: 'req_reply', groups: ['procs', 'procs_ops'], procs: true, module: 'procs_ops', fn: 'req_reply',
    size: 100_000, quick: 1000, what: 'N request/reply round trips, make_ref + selective receive',
  },
  // OTP behaviours (issue 6, bench/erl/gen_server_ops.erl): a gen_server started,
  // driven and stopped by each call.
  {
    name: 'gen_server_call', groups: ['procs', 'gen_server_ops'], procs: true, module: 'gen_server_ops', fn: 'call',
    size: 100_000, quick: 1000, what: 'N gen_server:call/2 round trips to one server',
  },
  {
    name: 'gen_server_cast', groups: ['procs', 'gen_server_ops'], procs: true, module: 'gen_server_ops', fn: 'cast_call',
    size: 100_000, quick: 1000, what: 'N gen_server:cast/2, then one call',
  },
  // Supervisor storm (issue 6): bench/erl/sup_storm.erl.
  {
    name: 'sup_storm', groups: ['procs', 'supervisor'], procs: true, module: 'sup_storm', fn: 'storm',
    size: 10_000, quick: 200, what: '100 supervised workers, N random kills and restarts, then one past the intensity',
  },
  // Sockets (issue 8, bench/erl/tcp_echo.erl): one echo server and 1,000 clients over
  // loopback in the same node, every byte checked.
  {
    name: 'tcp_echo', groups: ['procs', 'net', 'tcp_echo'], procs: true, module: 'tcp_echo', fn: 'echo_1000',
    size: 20, quick: 2, what: '1,000 TCP clients each echo N messages of 64 bytes through one server',
  },
];

/** Does a command-line name select this case? */
export function selects(c: ProgramCase, arg: string): boolean {
  return c.name === arg || c.groups.includes(arg);
}
