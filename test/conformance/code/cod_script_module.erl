#!/usr/bin/env escript
-module(cod_script_module).
-export([main/1, v/0]).
-mode(compile).
%% Exercises: what the code server says about the escript's own module (loaded from
%% source, no object file), and module_info of it

p(X) -> io:format("~p~n", [X]).

v() -> script.

main(_) ->
    p(code:which(?MODULE)),
    p(code:is_loaded(?MODULE)),
    p(code:module_status(?MODULE)),
    p(code:is_sticky(?MODULE)),
    p(code:get_object_code(?MODULE)),
    p(erlang:check_old_code(?MODULE)),
    p(erlang:module_loaded(?MODULE)),
    p(lists:keyfind(?MODULE, 1, code:all_loaded())),
    p(code:soft_purge(?MODULE)),
    p(code:purge(?MODULE)),
    p(?MODULE:v()),
    p(erlang:function_exported(?MODULE, v, 0)),
    p(erlang:function_exported(?MODULE, p, 1)).
