#!/usr/bin/env bash
# Records what real Erlang/OTP prints for the conformance corpus (test/conformance/<area>/<name>.erl).
#
# For each program (all of them, or the .erl paths given as arguments) this runs
#   escript test/conformance/<area>/<name>.erl
# from the repository root — the relative path matters, because it is what shows up in
# stack-trace {file, ...} entries — and writes next to the program:
#   <name>.stdout   always (exact bytes)
#   <name>.exit     the exit code, only when it is non-zero
#   <name>.stderr   stderr, only when the exit code is non-zero
# A program with a <name>.stdin beside it (written by hand: it is the input, not a
# result) gets that file as standard input; the others get /dev/null.
# Stale .exit/.stderr files are removed when a program now exits 0.
#
# A program whose stdout contains a compiler warning is rejected (escript prints warnings
# on stdout, which would make the expected output depend on the compiler's diagnostics):
# hide constants behind an id/1 function or fix the code instead. A program that does not
# compile is rejected too.
#
# Never edit the recorded files by hand; rerun this script.
set -u
cd "$(dirname "$0")/.." || exit 1
command -v escript >/dev/null || { echo "record-conformance: escript not on PATH" >&2; exit 1; }

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find test/conformance -name '*.erl' | sort)
fi

record_one() {
  f=${1#./}
  base=${f%.erl}
  out=$(mktemp) err=$(mktemp)
  # Standard input: <name>.stdin when there is one, else nothing (end of input at once).
  input=/dev/null
  [ -f "$base.stdin" ] && input="$base.stdin"
  timeout 30 escript "$f" >"$out" 2>"$err" <"$input"
  rc=$?
  if grep -q ': Warning: ' "$out"; then
    echo "REJECTED (compiler warning): $f" >&2
    head -3 "$out" >&2
    rm -f "$out" "$err"
    return 1
  fi
  if grep -q '^escript: There were compilation errors' "$err"; then
    echo "REJECTED (does not compile): $f" >&2
    head -3 "$out" >&2
    rm -f "$out" "$err"
    return 1
  fi
  mv "$out" "$base.stdout"
  if [ "$rc" -ne 0 ]; then
    echo "$rc" >"$base.exit"
    mv "$err" "$base.stderr"
  else
    rm -f "$base.exit" "$base.stderr" "$err"
  fi
  echo "$rc $f"
}
export -f record_one

# Two at a time: the machine is shared.
printf '%s\n' "${files[@]}" | xargs -P 2 -I{} bash -c 'record_one "$@"' _ {}
