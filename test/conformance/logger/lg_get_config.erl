#!/usr/bin/env escript
-module(lg_get_config).
-export([main/1, log/2]).
-mode(compile).
%% Exercises: logger:get_config/0 (primary, handlers, proxy, module levels),
%% get_handler_config/0, compare_levels/2

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = logger:set_module_level([zz, aa], info),
    ok = logger:add_handler(mine, ?MODULE, #{level => error, my_key => 1}),
    P(logger:get_config()),
    P([Id || #{id := Id} <- logger:get_handler_config()]),
    Ls = [emergency, alert, critical, error, warning, notice, info, debug],
    P([logger:compare_levels(A, B) || A <- [error], B <- Ls]),
    P([logger:compare_levels(A, A) || A <- [all, none | Ls]]),
    P(logger:compare_levels(all, none)),
    P(logger:compare_levels(none, debug)),
    P(e(catch logger:compare_levels(error, loud))),
    io:format("done~n").

log(_, _) -> ok.

e({'EXIT', {R, _}}) -> {'EXIT', R};
e(X) -> X.
