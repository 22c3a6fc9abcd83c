#!/bin/sh
# Records what real OTP returns for each zero-arity entry point used by e2e.test.ts.
# Usage: sh test/exec/erl/record.sh   (needs erl/erlc on PATH)
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
erlc -o "$tmp" e2e.erl
# Stack traces of the toplevel entries end in the shell's frames: cut those (they are
# not part of what the program does), keep everything from our module.
erl -noshell -pa "$tmp" -eval '
  Strip = fun(S) -> [E || E = {M, _, _, _} <- S, M =/= init, M =/= erl_eval] end,
  Fix = fun(L) when is_list(L) -> [case X of {C, R, S} when is_list(S) -> {C, R, Strip(S)}; {'"'"'EXIT'"'"', {R, S}} when is_list(S) -> {'"'"'EXIT'"'"', {R, Strip(S)}}; _ -> X end || X <- L]; (X) -> X end,
  [io:format("e2e:~s ~w~n", [F, Fix(e2e:F())]) || F <- [main, catches, captures, arith, stacks, lcs, bigframe, constmatch]],
  halt().' > expected.txt
rm -rf "$tmp"
