#!/usr/bin/env escript
-module(exc_error3_info).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:error/3's error_info option in the raising function's stack
%% entry, and the error_info of the maps functions (natives called through apply, and
%% maps:get/3, written in Erlang)

id(X) -> X.

f(X) -> erlang:error(badarg, [X], [{error_info, #{module => erl_stdlib_errors, cause => x}}]).
g(X) -> erlang:error(oops, [X], []).
h(X) -> erlang:error(oops, [X], [{other, 1}]).

t(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:S ->
            %% stdlib line numbers are OTP's own: only the error_info is compared there
            {Mod, Fun, Args, Loc} = hd(S),
            Keep = case Mod of ?MODULE -> Loc; _ -> [I || {error_info, _} = I <- Loc] end,
            {C, R, {Mod, Fun, Args, Keep}}
    end.

main(_) ->
    M = id(maps),
    Calls = [fun() -> f(1) end, fun() -> g(2) end, fun() -> h(3) end,
             fun() -> M:get(a, #{}) end, fun() -> M:get(a, x) end, fun() -> maps:get(a, id(x), 0) end,
             fun() -> M:put(a, 1, x) end, fun() -> M:update(a, 1, #{}) end, fun() -> M:keys(x) end,
             fun() -> M:from_list(x) end, fun() -> M:merge(#{}, x) end, fun() -> M:remove(a, x) end,
             fun() -> M:find(a, x) end, fun() -> M:take(a, x) end, fun() -> M:is_key(a, x) end,
             fun() -> maps:with(id(x), #{}) end, fun() -> maps:iterator(id(x)) end],
    [io:format("~p~n", [t(C)]) || C <- Calls],
    ok.
