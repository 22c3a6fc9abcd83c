#!/bin/sh
# Records what real OTP returns for each function of bits_e2e.erl (used by e2e.test.ts).
# Usage: sh test/bits/erl/record.sh   (needs erl/erlc on PATH)
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
erlc -o "$tmp" bits_e2e.erl
erl -noshell -pa "$tmp" -eval '
  [io:format("bits_e2e:~s ~w~n", [F, bits_e2e:F()]) || F <- [construct, match, errors, comprehensions, loops, utf]],
  halt().' > expected.txt
rm -rf "$tmp"
