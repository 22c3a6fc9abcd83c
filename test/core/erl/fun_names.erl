%% Funs in many positions: test/core/fun-names.test.ts checks that lowering names and
%% numbers them as OTP does (fun_info name/index, recorded by record.escript).
-module(fun_names).
-export([all/0, g/1]).
a() -> [fun() -> 1 end, fun F() -> F end, fun() -> fun() -> fun() -> 2 end end end, fun G() -> G end, [fun() -> X end || X <- [1]]].
b() -> [fun(X) -> X end, fun (Y) -> fun () -> Y end end].
c() ->
  F1 = fun(X) -> X end,
  F2 = fun(Y) -> fun(Z) -> Y + Z end end,
  F3 = fun g/1,
  F4 = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
  {T1, T2} = {fun() -> 3 end, fun() -> 4 end},
  [F1, F2, F2(1), F3, F4, T1, T2, h(), (h())(1)].
g(X) -> X.
h() -> fun(A) -> fun(B) -> A + B end end.
%% Nested funs under comprehensions: a fun's whole subtree is numbered before the
%% funs found before it (lambda lifting takes bodies from a stack).
k() ->
  L = [1],
  D = fun() -> [fun() -> Y end || Y <- L] end,
  E = fun() -> fun() -> 1 end end,
  G = [fun() -> [fun() -> Z end || Z <- L] end || _ <- L],
  [D, E, E()] ++ D() ++ G ++ (hd(G))().
all() ->
  [A1, A2, A3, A4, [A5]] = a(), [B1, B2] = b(),
  A31 = A3(), A32 = A31(),
  [A1, A2, A3, A31, A32, A4, A5, B1, B2, B2(1) | c()] ++ k().
