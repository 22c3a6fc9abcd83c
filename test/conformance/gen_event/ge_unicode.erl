#!/usr/bin/env escript
-module(ge_unicode).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: the crash report prints unicode states, events and reasons with ~tp; binaries too

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, {"héllo wörld", <<"bïn"/utf8>>, 'ätom'}),
    ok = gen_event:sync_notify(M, {crash, "日本語", <<1, 2, 3>>}),
    timer:sleep(50),
    ok = gen_event:add_handler(M, {?MODULE, "ключ"}, [955, 8364]),
    ok = gen_event:sync_notify(M, {crash, <<"ünï"/utf8>>, "ok"}),
    timer:sleep(50),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({crash, A, B}, _S) -> exit({A, B}).

handle_call(_, S) -> {ok, ok, S}.
