#!/usr/bin/env bash
# Records what real `erl` prints when each shell input test/shell/pipe/<name>.in is piped
# into it (stdin not a terminal, as `printf '1+1.\n' | erl`), as <name>.out next to it:
# stdout and stderr together, exact bytes. test/shell/pipe.test.ts feeds the same input
# to `erlts shell` and compares after the same normalisation (test/shell/normalise.ts).
# erl runs in a scratch copy of the directory (c(Mod) writes its .beam there) with an
# empty HOME (no ~/.erlang, no history).
# Also erl's start-up options: each test/shell/run/<name>.args (a JSON array of
# arguments) is run as `erl ARGS...` with no input; its stdout goes to <name>.out and its
# exit status to <name>.exit (stderr and erl_crash.dump are not kept).
# Never edit the .out files by hand; rerun this script (all inputs, or the paths given).
set -u
cd "$(dirname "$0")/.." || exit 1
command -v erl >/dev/null || { echo "record-shell: erl not on PATH" >&2; exit 1; }
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(find test/shell/pipe -name '*.in' | sort; find test/shell/run -name '*.args' | sort); fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home"
for f in "${files[@]}"; do
  dir=$(dirname "$f")
  if [[ $f == *.args ]]; then
    name=$(basename "$f" .args)
    rm -rf "$scratch/cwd"; mkdir "$scratch/cwd"
    mapfile -d '' -t args < <(node -e 'for (const a of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))) process.stdout.write(a + "\0")' "$f")
    (cd "$scratch/cwd" && HOME="$scratch/home" erl "${args[@]}" < /dev/null > "$OLDPWD/$dir/$name.out" 2>/dev/null; echo $? > "$OLDPWD/$dir/$name.exit")
    echo "recorded $dir/$name.out"
    continue
  fi
  name=$(basename "$f" .in)
  rm -rf "$scratch/cwd"; mkdir "$scratch/cwd"
  cp "$dir"/*.erl "$scratch/cwd/" 2>/dev/null
  (cd "$scratch/cwd" && HOME="$scratch/home" erl < "$OLDPWD/$f" > "$OLDPWD/$dir/$name.out" 2>&1)
  echo "recorded $dir/$name.out"
done
