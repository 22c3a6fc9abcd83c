#!/usr/bin/env escript
-module(pr_send_unreg).
-export([main/1]).
-mode(compile).
%% Exercises: sending to an atom that is not registered: badarg and the top of the stack

main(_) ->
    try id(no_such_name_here) ! hello of
        V -> io:format("unexpected ~p~n", [V])
    catch
        C:E:S -> io:format("~p ~p~n~p~n", [C, E, hd(S)])
    end,
    try erlang:send(id(no_such_name_here), hello) of
        V2 -> io:format("unexpected ~p~n", [V2])
    catch
        C2:E2:S2 -> io:format("~p ~p~n~p~n", [C2, E2, hd(S2)])
    end,
    try erlang:send(id(no_such_name_here), hello, [noconnect]) of
        V3 -> io:format("unexpected ~p~n", [V3])
    catch
        C3:E3:S3 -> io:format("~p ~p~n~p~n", [C3, E3, hd(S3)])
    end,
    %% catch form
    case catch (id(another_missing) ! {x, y}) of
        {'EXIT', {Reason, _}} -> io:format("catch ~p~n", [Reason])
    end,
    %% the next frame is ours
    try sender(id(missing_again)) catch error:badarg:S4 ->
        io:format("~p~n", [lists:nth(2, S4)])
    end.

sender(Name) ->
    Name ! msg,
    ok.

id(X) -> X.
