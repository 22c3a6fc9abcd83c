#!/bin/sh
# Records what Erlang/OTP prints for the programs test/code/code.test.ts compares with:
# the live upgrade example and the badfile program. Run from the repository root.
set -e
escript examples/live_upgrade/upgrade.erl > test/code/live_upgrade.expected
