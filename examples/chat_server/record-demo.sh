#!/bin/sh
# Records what `chat.erl demo` prints on real Erlang/OTP into chat_demo.stdout (the
# bundle test, test/bundle/bundle.test.ts, compares Node's and Chromium's output with
# it). Run from the repository root. It runs escript three times and refuses to record
# unless the three transcripts are identical.
set -eu
dir=examples/chat_server
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in 1 2 3; do
  timeout 30 escript "$dir/chat.erl" demo < /dev/null > "$tmp/$i"
done
cmp "$tmp/1" "$tmp/2"
cmp "$tmp/1" "$tmp/3"
cp "$tmp/1" "$dir/chat_demo.stdout"
echo "recorded $dir/chat_demo.stdout ($(wc -l < "$dir/chat_demo.stdout") lines)"
