#!/usr/bin/env escript
-module(ap_app_file).
-behaviour(application).
-export([main/1, start/2, stop/1]).
-mode(compile).
%% Exercises: loading and starting from a Name.app resource file found on the code
%% path (here the current directory, which the code path starts with), a file with
%% the wrong contents, and the env and keys it gives

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    Dir = "/tmp/erlts_conf_ap_app_file",
    ok = filelib:ensure_dir(Dir ++ "/x"),
    {ok, Old} = file:get_cwd(),
    ok = file:set_cwd(Dir),
    ok = file:write_file("aaf_good.app",
                         io_lib:format("~p.~n", [{application, aaf_good,
                                                  [{description, "from a file"}, {vsn, "0.3"},
                                                   {modules, [?MODULE]}, {env, [{source, file}]},
                                                   {mod, {?MODULE, []}}]}])),
    ok = file:write_file("aaf_other.app", "{application, aaf_named_inside, []}.\n"),
    ok = file:write_file("aaf_syntax.app", "{application, aaf_syntax, [}.\n"),
    ok = file:write_file("aaf_opts.app", "{application, aaf_opts, x}.\n"),
    P(application:load(aaf_good)),
    P(application:get_key(aaf_good, vsn)),
    P(application:get_env(aaf_good, source)),
    P(application:load(aaf_good)),
    P(application:load(aaf_other)),
    P(lists:keymember(aaf_named_inside, 1, application:loaded_applications())),
    P(application:load(aaf_syntax)),
    P(application:load(aaf_opts)),
    P(application:start(aaf_good)),
    P(lists:keyfind(aaf_good, 1, application:which_applications())),
    R = application:stop(aaf_good),
    timer:sleep(50),
    P(R),
    ok = file:set_cwd(Old),
    [file:delete(filename:join(Dir, F)) || F <- ["aaf_good.app", "aaf_other.app", "aaf_syntax.app", "aaf_opts.app"]],
    file:del_dir(Dir),
    io:format("done~n").

start(normal, []) ->
    {ok, spawn_link(fun() -> receive after infinity -> ok end end)}.

stop(_) -> ok.
