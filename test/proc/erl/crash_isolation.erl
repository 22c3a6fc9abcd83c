%% Processes that crash in every way a JS runtime can: an Erlang error, a JS exception
%% inside a native function, a JS stack overflow (in a native function: compiled Erlang
%% code moves its stack to the heap instead). Each must die alone, with its report,
%% while a bystander keeps counting and the main process goes on.
-module(crash_isolation).
-export([run/0]).

run() ->
    Main = self(),
    Counter = spawn(fun() -> count(0) end),
    Crashers = [
        fun() -> erlang:error(plain_error) end,
        fun() -> erlts_test_crash:type_error() end,
        fun() -> erlts_test_crash:overflow() end,
        fun() -> deep(1000000) end,
        fun() -> throw(not_caught) end
    ],
    Reasons = [begin
                   {P, R} = spawn_monitor(F),
                   receive {'DOWN', R, process, P, Why} -> summary(Why) end
               end || F <- Crashers],
    Counter ! {get, Main},
    N1 = receive {count, C1} -> C1 end,
    Counter ! {get, Main},
    N2 = receive {count, C2} -> C2 end,
    exit(Counter, kill),
    {Reasons, is_integer(N1) andalso N2 > N1, is_process_alive(Main)}.

summary({{nocatch, V}, _Stack}) -> {nocatch, V};
summary(normal) -> normal;
summary({Reason, Stack}) when is_list(Stack) -> Reason;
summary(Other) -> Other.

deep(0) -> 0;
deep(N) -> 1 + deep(N - 1).

count(N) ->
    receive
        {get, From} -> From ! {count, N}, count(N + 1)
    after 0 -> count(N + 1)
    end.
