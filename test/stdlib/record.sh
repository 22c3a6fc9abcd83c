#!/bin/sh
# Records what real Erlang/OTP 25 prints for each test program in programs/: runs
# `escript programs/NAME.erl` and stores its stdout in programs/NAME.stdout, and the
# native-BIF cases (native-cases.txt) through native.escript into fixtures/native.txt.
# Never edit the outputs by hand; rerun this script:   sh test/stdlib/record.sh
set -e
cd "$(dirname "$0")"
for f in programs/*.erl; do
  escript "$f" > "${f%.erl}.stdout" 2>/dev/null
done
mkdir -p fixtures
escript native.escript native-cases.txt fixtures/native.txt
