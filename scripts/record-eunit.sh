#!/usr/bin/env bash
# Records what real Erlang/OTP's EUnit prints for the modules of test/eunit/cases/.
#
# For each module (all of them, or the .erl paths given as arguments) this compiles it
# with erlc (from the repository root, so that stack traces name the file by its
# repository path, as `erlts test` does) and runs, in `erl -noshell`,
#   eunit:test([Module])              -> <name>.stdout, and <name>.exit (1) when it
#                                        returned error (the exit status of `erlts test`)
#   eunit:test([Module], [verbose])   -> <name>.verbose.stdout, unless the module says
#                                        "%% quiet only" (its tests print to the console
#                                        directly, and in verbose mode how that interleaves
#                                        with EUnit's listener is up to the scheduler)
# Modules named *_tests.erl are companions (EUnit runs them with the module of the same
# name without the suffix) and are not recorded by themselves.
# Never edit the recorded files by hand; rerun this script.
set -u
cd "$(dirname "$0")/.." || exit 1
command -v erlc >/dev/null || { echo "record-eunit: erlc not on PATH" >&2; exit 1; }

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find test/eunit/cases -name '*.erl' ! -name '*_tests.erl' | sort)
fi

ebin=$(mktemp -d)
trap 'rm -rf "$ebin"' EXIT
for f in test/eunit/cases/*.erl; do
  erlc -o "$ebin" "$f" || { echo "record-eunit: $f does not compile" >&2; exit 1; }
done

for f in "${files[@]}"; do
  base=${f%.erl}
  mod=$(basename "$base")
  run() {
    timeout 60 erl -noshell -pa "$ebin" -eval "
      R = eunit:test(['$mod'], $1),
      halt(case R of ok -> 0; _ -> 1 end)."
  }
  run '[]' >"$base.stdout"
  rc=$?
  if [ "$rc" -ne 0 ]; then echo "$rc" >"$base.exit"; else rm -f "$base.exit"; fi
  if grep -q '^%% quiet only' "$f"; then
    rm -f "$base.verbose.stdout"
  else
    run '[verbose]' >"$base.verbose.stdout"
  fi
  echo "$rc $f"
done
