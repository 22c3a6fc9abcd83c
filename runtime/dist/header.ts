// The distribution options of an escript's `%%!` line (`-sname N`, `-name N`,
// `-setcookie C`), which escript passes to erl: `erlts run` honours them as erl does.
// Kept apart from the rest of runtime/dist so that reading them costs nothing at start.

export interface HeaderDist {
  sname?: string;
  name?: string;
  cookie?: string;
}

/** The `%%!` line is line 2, or line 3 after a `%` comment on line 2 (escript's rule). */
export function headerDist(text: string): HeaderDist {
  const lines = text.split('\n', 3);
  const l2 = lines[1] ?? '';
  const line = l2.startsWith('%%!') ? l2 : l2.startsWith('%') && (lines[2] ?? '').startsWith('%%!') ? lines[2]! : null;
  const out: HeaderDist = {};
  if (line === null) return out;
  const args = line.slice(3).trim().split(/\s+/);
  for (let i = 0; i + 1 < args.length; i++) {
    const v = args[i + 1]!;
    if (args[i] === '-sname') out.sname = v;
    else if (args[i] === '-name') out.name = v;
    else if (args[i] === '-setcookie') out.cookie = v;
    else continue;
    i++;
  }
  return out;
}
