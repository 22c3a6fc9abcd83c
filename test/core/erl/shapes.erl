%% Small functions whose Core IR is snapshot in test/core/__snapshots__/shapes.core:
%% the shapes of decision trees and of the constructs lowering expands.
-module(shapes).
-export([lits/1, heads/2, guard_seq/1, export/1, strs/1, bin/1, mapm/1, lc/1, tryc/1, andal/2]).
-record(r, {a = 1, b}).
lits(a) -> 1; lits(b) -> 2; lits(1) -> 3; lits(a) -> dead; lits(_) -> 4.
heads({X, X}, [H | _]) -> {H, X}; heads(#r{a = A}, []) -> A; heads(_, _) -> none.
guard_seq(X) when is_integer(X), X > 0; is_atom(X) -> yes; guard_seq(_) -> no.
export(X) -> case X of {ok, V} -> W = V; _ -> W = none end, W.
strs("ab" ++ T) -> T; strs("x") -> x.
bin(<<N:8, D:N/binary, _/bits>>) -> D.
mapm(#{k := V} = M) -> M#{k => V + 1, j := 0}.
lc(L) -> [X * 2 || {X, _} <- L, X > 0].
tryc(F) -> try F() of ok -> ok catch throw:T -> T after done end.
andal(A, B) -> A andalso B.
