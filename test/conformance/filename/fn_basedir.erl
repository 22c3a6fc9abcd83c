#!/usr/bin/env escript
-module(fn_basedir).
-export([main/1]).
-mode(compile).
%% Exercises: filename:basedir/2,3 on Linux, with HOME and the XDG variables set and unset

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    Vars = ["HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
            "XDG_CONFIG_DIRS", "XDG_DATA_DIRS"],
    Saved = [{V, os:getenv(V)} || V <- Vars],
    os:putenv("HOME", "/home/tester"),
    [os:unsetenv(V) || V <- tl(Vars)],
    Types = [user_cache, user_config, user_data, user_log, site_config, site_data],
    [p({T, filename:basedir(T, "myapp")}) || T <- Types],
    p(filename:basedir(user_cache, <<"binapp">>)),
    p(filename:basedir(user_config, "myapp", #{version => "1.2"})),
    p(filename:basedir(user_data, "myapp", #{os => linux})),
    os:putenv("XDG_CACHE_HOME", "/xdg/cache"),
    os:putenv("XDG_CONFIG_HOME", "/xdg/config"),
    os:putenv("XDG_DATA_HOME", "/xdg/data"),
    os:putenv("XDG_CONFIG_DIRS", "/etc/a:/etc/b"),
    os:putenv("XDG_DATA_DIRS", "/usr/x:/usr/y/"),
    [p({T, filename:basedir(T, "myapp")}) || T <- Types],
    p(e(fun() -> filename:basedir(bogus, "myapp") end)),
    p(e(fun() -> filename:basedir(user_cache, myapp) end)),
    p(e(fun() -> filename:basedir(user_cache, "myapp", notamap) end)),
    [case Val of
         false -> os:unsetenv(V);
         _ -> os:putenv(V, Val)
     end || {V, Val} <- Saved],
    p(done).
