#!/usr/bin/env escript
-module(lg_handler_config).
-export([main/1, changing_config/3, log/2]).
-mode(compile).
%% Exercises: set_handler_config/2,3, update_handler_config/2,3: what
%% changing_config/3 sees, set vs update, id/module changes refused, levels per
%% handler, and unknown handlers

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = logger:remove_handler(default),
    ok = logger:add_handler(h, ?MODULE, #{config => #{n => 0}, extra => kept}),
    P(logger:set_handler_config(h, level, error)),
    logger:warning("warning below the handler level"),
    logger:error("error at the handler level"),
    P(logger:update_handler_config(h, #{config => #{n => 1}})),
    P(logger:get_handler_config(h)),
    P(logger:set_handler_config(h, #{config => #{n => 2}})),
    P(logger:get_handler_config(h)),
    P(logger:update_handler_config(h, config, #{n => 3})),
    P(logger:update_handler_config(h, #{config => refuse})),
    P(logger:set_handler_config(h, id, other)),
    P(logger:update_handler_config(h, #{module => other_mod})),
    P(logger:set_handler_config(h, level, loud)),
    P(logger:set_handler_config(h, filters, [x])),
    P(logger:set_handler_config(nope, level, info)),
    P(logger:update_handler_config(nope, #{})),
    P(logger:update_handler_config(h, not_a_map)),
    P(logger:get_handler_config(h)),
    io:format("done~n").

changing_config(_SetOrUpdate, _Old, #{config := refuse}) ->
    {error, refused};
changing_config(SetOrUpdate, #{config := Old}, #{config := New} = NewConfig) ->
    io:format("changing_config ~p: ~p -> ~p~n", [SetOrUpdate, Old, New]),
    {ok, NewConfig}.

log(#{level := L, msg := M}, _) ->
    io:format("log ~p ~p~n", [L, M]).
