-module(beh_export_all_ok).
-behaviour(supervisor).
-compile([export_all, nowarn_export_all]).
init(_) -> {ok, {#{}, []}}.
