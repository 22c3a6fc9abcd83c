#!/usr/bin/env escript
-module(lg_levels).
-export([main/1]).
-mode(compile).
%% Exercises: the eight level functions at the default primary level (notice) and at
%% debug, logger:log/2,3,4 with a level, and a bad level

main(_) ->
    all_levels("default"),
    flush(),
    io:format("-- level debug~n"),
    ok = logger:set_primary_config(level, debug),
    all_levels("debug"),
    flush(),
    io:format("-- level none~n"),
    ok = logger:set_primary_config(level, none),
    all_levels("none"),
    flush(),
    ok = logger:set_primary_config(level, notice),
    logger:log(error, "log/2 string"),
    logger:log(warning, "log/3 ~p", [format]),
    logger:log(notice, "log/4 ~p", [format], #{}),
    logger:log(info, "log/2 info, not shown"),
    flush(),
    io:format("bad level: ~p~n", [e(catch logger:log(loud, "x"))]),
    io:format("done~n").

all_levels(Tag) ->
    logger:emergency("emergency ~s", [Tag]),
    logger:alert("alert ~s", [Tag]),
    logger:critical("critical ~s", [Tag]),
    logger:error("error ~s", [Tag]),
    logger:warning("warning ~s", [Tag]),
    logger:notice("notice ~s", [Tag]),
    logger:info("info ~s", [Tag]),
    logger:debug("debug ~s", [Tag]).

flush() -> logger_std_h:filesync(default).

e({'EXIT', {R, _}}) -> {'EXIT', R};
e(X) -> X.
