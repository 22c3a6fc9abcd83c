#!/bin/sh
# Records what real escript (OTP 25) does with every script in test/escript/cases:
# NAME.stdout, NAME.stderr (bytes as written) and NAME.status (exit code). The only
# normalisation: the module name escript makes up for a script without -module
# carries a timestamp and a unique number, replaced by zeros (erlts uses zeros).
# Rerun:  sh test/escript/record-cases.sh
set -e
cd "$(dirname "$0")/cases"
for f in *.escript; do
  n="${f%.escript}"
  set +e
  escript "$f" arg1 "arg two" > "$n.stdout" 2> "$n.stderr.raw"
  echo $? > "$n.status"
  set -e
  sed -E 's/__escript__[0-9]+__[0-9]+__[0-9]+__[0-9]+/__escript__0__0__0__0/g' "$n.stderr.raw" > "$n.stderr"
  rm -f "$n.stderr.raw"
done
