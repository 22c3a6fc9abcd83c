%% Programs for test/core/e2e.test.ts: every exported t_*/0 is run by real OTP
%% (record.escript) and by erlts; results must be the same term.
-module(lower_e2e).
-feature(maybe_expr, enable).
-compile([export_all, nowarn_export_all]).
-record(p, {x = 0, y = def(), z}).

id(X) -> X.
def() -> dflt.

f(a) -> 1; f(b) -> 2; f(a) -> 3;
f(X) when is_integer(X), X > 10; X =:= c -> {big, X};
f(X) when is_integer(X) -> small;
f(_) -> other.
t_clauses() -> [f(a), f(b), f(c), f(42), f(3), f(x), f("s")].
t_function_clause() -> g2(id(1), id(2)).
g2(X, X) -> same.

t_case_export() ->
  R = [begin case id(V) of {A} -> B = A; [A] -> B = 1; _ -> A = x, B = y end, {A, B} end || V <- [{1}, [2], 3]],
  R.
t_case_clause() -> case id(5) of 1 -> one end.
t_if() -> [if X > 2 -> big; X =:= 1 -> one; true -> small end || X <- [0, 1, 5]].
t_if_clause() -> X = id(1), if X > 2 -> big end.
t_badmatch() -> {ok, V} = id({error, 1}), V.
t_match_repeat() -> M = fun({X, X}) -> same; ({_, _}) -> diff end, [M({1, 1}), M({1, 2}), M({1, 1.0})].
t_alias() -> ({A, _} = B) = id({1, 2}), {A, B}.
t_strings() -> [pre(S) || S <- ["abc", "abd", "ab", "x"]].
pre("ab" ++ T) -> {ab, T}; pre(_) -> no.
t_andalso() -> [id(true) andalso id(x), id(false) andalso id(x), id(false) orelse id(y), id(true) orelse id(y)].
t_andalso_bad() -> id(1) andalso true.
t_orelse_bad() -> id(foo) orelse true.
t_guards() ->
  G = fun(X) when is_atom(X); is_tuple(X), element(1, X) =:= ok -> yes;
         (X) when X + 1 > 3 -> num;
         (_) -> no end,
  [G(a), G({ok, 1}), G({1}), G(5), G(1), G(foo), G(<<>>)].
t_guard_exc() -> H = fun(X) when length(X) > 1; X =:= z -> yes; (_) -> no end, [H([1,2]), H(z), H(x)].
t_lc() -> [{X, Y} || X <- [1, 2, 3, a], is_integer(X), Y <- [x, y], X rem 2 =:= 1].
t_lc_pat() -> [X || {X, _} <- [{1, a}, b, {2, c}, {3}]].
t_lc_bad_gen() -> [X || X <- id(foo)].
t_lc_bad_filter() -> [X || X <- [1, 2], id(X)].
t_lc_shadow() -> X = 10, [X || X <- [1, 2]].
t_bc() -> << <<X:4>> || X <- [1, 2, 3, 4] >>.
t_bgen() -> [X || <<1, X>> <= <<1, 2, 3, 4, 1, 5, 7>>].
t_bgen2() -> [{A, B} || <<A:4, B:4>> <= <<16#12, 16#34>>].
t_bin() ->
  B = <<1, 2:16/little, -1:8/signed, 3.5/float, "hi", (id(<<9, 8>>))/binary, 7:3>>,
  <<A, C:16/little, D/signed, E/float, S:2/binary, R/bits>> = B,
  {B, A, C, D, E, S, R}.
t_bin_size() -> P = fun(<<N:8, D:N/binary, Rest/binary>>) -> {D, Rest}; (_) -> bad end, [P(<<2, 1, 2, 3>>), P(<<5, 1>>)].
t_utf8() -> <<X/utf8, R/binary>> = id(<<"éa"/utf8>>), {X, R, <<X/utf8>>, <<"ü"/utf8>>}.
t_maps() ->
  M = #{a => 1, b => 2},
  #{a := A} = M,
  M2 = M#{c => 3, a := 10},
  F = fun(#{b := B}) -> B; (#{}) -> empty; (_) -> nomap end,
  {A, M2, F(M), F(#{}), F(x)}.
t_badkey() -> M = id(#{}), M#{a := 1}.
t_badmap() -> M = id(x), M#{a => 1}.
t_records() ->
  P = #p{z = 3},
  Q = P#p{x = 1},
  {P, Q, Q#p.x, #p.y, record_info(fields, p), record_info(size, p), is_record(P, p), is_record(x, p)}.
t_badrecord() -> X = id(x), X#p.x.
t_record_pat() -> F = fun(#p{x = 0, z = Z}) -> Z; (_) -> no end, [F(#p{z = 1}), F(#p{x = 1}), F({p, 0})].
t_try() ->
  [try id(V) of {ok, X} -> X; Y -> {other, Y} catch throw:T -> {thrown, T} end || V <- [{ok, 1}, 2]]
  ++ [try throw(x) catch throw:T -> {caught, T} end,
      try error(e) catch error:E:S -> {E, is_list(S)} end,
      try exit(bye) catch exit:E -> {exit, E} end,
      try 1 of 1 -> A = 2, A catch _ -> no after id(x) end].
t_try_clause() -> try id(3) of 1 -> one catch _ -> no end.
t_try_after() ->
  %% The after body runs: its throw replaces the error on the way out.
  {catch try error(boom) after throw(after_ran) end,
   try id(1) after id(2) end}.
t_try_vars() -> try X = id(1), Y = X + 1 of Z -> {X, Y, Z} catch _ -> no end.
t_catch() -> [catch throw(a), catch exit(b), element(1, catch error(c)), catch 1].
t_receive() ->
  %% Messages (self/0, !, selective receive) come with processes; here an empty
  %% mailbox: `after 0` is taken.
  receive _ -> never after 0 -> timeout end.
t_funs() ->
  N = 5,
  Add = fun(X) -> X + N end,
  Fact = fun F(0) -> 1; F(K) -> K * F(K - 1) end,
  L = fun id/1,
  R = fun lists:reverse/1,
  {Add(1), Fact(10), L(q), R([1, 2]), (fun() -> N end)()}.
t_badarity() -> F = id(fun(X) -> X end), try F(1, 2) catch error:{badarity, {G, Args}} -> {is_function(G), Args} end.
t_maybe() ->
  Mb = fun(X) -> maybe {ok, A} ?= X, B = A + 1, {ok, B} else error -> err; {error, E} -> E end end,
  Mn = fun(X) -> maybe {ok, A} ?= X, A end end,
  [Mb({ok, 1}), Mb(error), Mb({error, e}), Mn({ok, 2}), Mn(no)].
t_else_clause() -> maybe {ok, A} ?= id(zzz), A else error -> err end.
t_ops() -> [1 + 2, 7 div 2, 7 rem 3, -id(3), bnot 5, 1 bsl 70, [1] ++ [2], [1, 2, 1] -- [1], not true, 3 == 3.0, 3 =:= 3.0].
t_badarith() -> id(a) + 1.
t_begin() -> X = begin A = 1, A + 1 end, {X, A}.
t_nested_case() ->
  case id({1, 2}) of
    {P, Q} when P < Q -> case Q of 2 -> W = two; _ -> W = other end;
    _ -> W = none
  end,
  W.
t_guard_record() -> G = fun(P) when P#p.x > 1 -> big; (_) -> small end, [G(#p{x = 5}), G(#p{}), G(notrec)].
t_guard_orelse() ->
  G = fun(X) when X > 1 orelse X < -1 -> far; (X) when not is_integer(X) -> nan; (_) -> near end,
  [G(5), G(-5), G(0), G(a)].
t_guard_maps() -> G = fun(M) when is_map_key(k, M), map_get(k, M) > 0 -> pos; (_) -> no end, [G(#{k => 1}), G(#{k => 0}), G(#{}), G(x)].
t_receive_export() ->
  receive {v, V} -> W = V * 2 after 10 -> W = none end,
  {W, receive X -> X after 0 -> empty end}.
t_closure() ->
  Mk = fun(N) -> {fun() -> N end, fun(M) -> N + M end} end,
  {A, B} = Mk(3),
  Count = fun C(0, Acc) -> Acc; C(K, Acc) -> C(K - 1, [K | Acc]) end,
  {A(), B(4), Count(3, [])}.
t_bin_patterns() ->
  F = fun(<<"GET ", Rest/binary>>) -> {get, Rest};
         (<<16#FF, X:4, Y:4>>) -> {ff, X, Y};
         (<<A:3/binary, _/bits>>) -> {three, A};
         (B) when is_bitstring(B) -> {other, bit_size(B)} end,
  [F(<<"GET /x">>), F(<<255, 16#AB>>), F(<<1, 2, 3, 4>>), F(<<1:5>>)].
t_bin_build() ->
  X = id(300), S = id(3),
  [<<X:16>>, <<X:S/unit:8>>, <<X/little>>, <<(id(<<1, 2>>)):1/binary>>, <<1.0:32/float>>,
   <<"abc"/utf16>>, <<$a:4>>, <<-1:12/signed-little>>].
t_bin_bad() -> <<(id(a)):8>>.
t_nested_lc() -> [{X, Y} || X <- [1, 2, 3], Y <- [X, X * 10], Y > 1, X < 3].
t_lc_string() -> [C || C <- "a1b2", C >= $a] ++ [X || <<X>> <= <<"hi">>].
t_try_stack() -> try id(1) + id(a) catch error:badarith:S -> [F || {lower_e2e, F, _, _} <- S] end.
t_try_rethrow() -> try try throw(inner) after ok end catch C:R -> {C, R} end.
t_try_nested_of() -> try try id(x) of y -> no catch _ -> caught end catch error:E -> {outer, E} end.
t_catch_vars() -> X = (catch id(5)), Y = (catch throw(t)), {X, Y}.
t_case_of_match() -> case A = id(3) of 3 -> {A, ok} end.
t_if_guards() -> F = fun(X) -> if is_list(X), length(X) > 2 -> long; is_list(X) -> short; true -> nolist end end, [F([1,2,3]), F([1]), F(x)].
t_string_heads() -> [sh(S) || S <- ["+abc", "-x", "", "q"]].
sh([$+ | T]) -> {plus, T}; sh("-" ++ T) -> {minus, T}; sh([]) -> empty; sh(_) -> other.
t_float_match() -> F = fun(1.0) -> float_one; (1) -> int_one; (_) -> other end, [F(1), F(1.0), F(2)].
t_tuple_switch() -> [ts(X) || X <- [{a, 1}, {b, 2, 3}, {c}, {a, 1, 2}, x]].
ts({a, N}) -> {a2, N}; ts({a, N, M}) -> {a3, N + M}; ts({b, _, M}) -> {b3, M}; ts({_}) -> one; ts(_) -> none.
