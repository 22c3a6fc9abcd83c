-module(type_all_forms).
-export([f/2]).
-export_type([t/1]).
-record(r, {a = 1 :: integer(), b :: atom() | undefined}).
-type t(X) :: [X] | {X, #r{}} | <<_:8, _:_*4>> | fun((X) -> ok) | #{X := t(X), atom() => term()}
            | nonempty_list(X) | maybe_improper_list(X, X) | 1..10 | -1 | $a | 'a' | [] | [X, ...].
-spec f(A, B) -> {A, B} when A :: integer(), B :: t(atom()).
f(A, B) -> {A, B}.
