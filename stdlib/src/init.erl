%% init: the part of OTP's init that programs call to end the node: stop/0,1 (and
%% get_plain_arguments/0). The node stops shortly after the call returns, as with OTP's
%% asynchronous init:stop/0: a process registered as '$erlts_init_stop' halts it, and
%% the shell, which checks for that process before it reads its next command, halts
%% at once (so `q().` prints `ok` and the shell reads nothing more).
-module(init).
-export([stop/0, stop/1, get_plain_arguments/0, stopping/0]).

stop() -> stop(0).

stop(Status) when is_integer(Status), Status >= 0; Status =:= abort; is_list(Status) ->
    Self = self(),
    Pid = spawn(fun() ->
                        case catch register('$erlts_init_stop', self()) of
                            true -> ok;
                            _ -> exit(normal)
                        end,
                        Self ! {'$erlts_init_stop', self()},
                        receive after 10 -> erlang:halt(code(Status)) end
                end),
    receive {'$erlts_init_stop', Pid} -> ok after 100 -> ok end,
    ok;
stop(Status) ->
    erlang:error(badarg, [Status]).

%% Whether init:stop/0,1 was called.
stopping() ->
    case whereis('$erlts_init_stop') of
        undefined -> false;
        _ -> true
    end.

code(S) when is_integer(S) -> S;
code(_) -> 0.

get_plain_arguments() -> [].
