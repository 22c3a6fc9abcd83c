#!/bin/sh
# Records what real OTP observes for a fixed, seeded sample of signal sequences: runs
# test/proc/signal_driver.erl on `erl` over the sequences test/proc/signal_sample.erl
# generates and writes test/proc/fixtures/signal-sample.txt (sequence TAB observation per
# line). test/proc/signal-model.test.ts checks that the model (and erlts) reproduce it.
# Usage: sh scripts/record-signal-model.sh [SEED [COUNT]]   (needs erl/erlc on PATH)
# One scheduler (+S 1): a dying process finishes sending its exit signals before the
# driver's next round of pings, so the recording does not depend on timing.
set -e
seed=${1:-2024}
count=${2:-500}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
erlc -o "$tmp" "$root/test/proc/signal_driver.erl" "$root/test/proc/signal_sample.erl"
mkdir -p "$root/test/proc/fixtures"
out="$root/test/proc/fixtures/signal-sample.txt"
erl +S 1 -noshell -pa "$tmp" -eval "signal_sample:record(\"$out.tmp\", $seed, $count), halt()."
mv "$out.tmp" "$out"
echo "wrote $out ($(grep -vc '^%' "$out") sequences)"
