#!/bin/sh
# Records real BEAM's checksums of the program benchmarks (bench/programs.ts) at their
# normal and --quick sizes into bench/erl/checksums.txt. `npm run bench` compares
# erlts's checksums with these when erl is not on the PATH (with erl, it compares with
# BEAM's in the same run). Re-run after changing a benchmark module or a size.
set -e
cd "$(dirname "$0")/../.."
command -v erl >/dev/null || { echo "record-checksums: erl is not on the PATH" >&2; exit 2; }
npm run build --silent
node dist/bench/run.js --record
