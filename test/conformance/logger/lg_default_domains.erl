#!/usr/bin/env escript
-module(lg_default_domains).
-export([main/1]).
-mode(compile).
%% Exercises: the default handler's filters: events without a domain and events
%% whose domain is a prefix of [otp, sasl] print, other domains do not

main(_) ->
    lists:foreach(
      fun(D) -> logger:error("domain ~p", [D], #{domain => D}) end,
      [[], [otp], [otp, sasl], [otp, sasl, more], [otp, other], [sasl], [myapp],
       [myapp, sub]]),
    logger:error("no domain at all"),
    flush(),
    {ok, #{filters := Fs, filter_default := FD}} = logger:get_handler_config(default),
    io:format("~p~n~p~n", [FD, Fs]),
    io:format("done~n").

flush() -> logger_std_h:filesync(default).
