%% The Erlang half of module `os`: find_executable/1,2 and getenv/2 (the rest is native:
%% runtime/bifs/os.ts, and the clocks in runtime/proc/bifs.ts).
-module(os).
-export([find_executable/1, find_executable/2, getenv/2]).

%% (by its path: these modules must compile without a lib root)
-include("../lib/kernel/include/file.hrl").

getenv(Name, Default) ->
    try os:getenv(Name) of
        false -> Default;
        Value -> Value
    catch
        error:_ -> erlang:error(badarg, [Name, Default],
                                [{error_info, #{module => erl_kernel_errors}}])
    end.

find_executable(Name) ->
    find_executable(Name, os:getenv("PATH", "")).

%% The first Dir/Name on Path (':'-separated) that is a regular file with an execute bit.
find_executable(Name, Path) ->
    case filename:pathtype(Name) of
        relative -> first_executable([filename:join(D, Name) || D <- split_path(Path, [], [])]);
        _ -> first_executable([Name])
    end.

first_executable([F | Fs]) ->
    case file:read_file_info(F) of
        {ok, #file_info{type = regular, mode = Mode}} when Mode band 8#111 =/= 0 -> F;
        _ -> first_executable(Fs)
    end;
first_executable([]) -> false.

split_path([$: | T], Cur, Acc) -> split_path(T, [], [lists:reverse(Cur) | Acc]);
split_path([C | T], Cur, Acc) -> split_path(T, [C | Cur], Acc);
split_path([], Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]).
