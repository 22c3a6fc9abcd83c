#!/usr/bin/env escript
%% chat: a line-based TCP chat server. Start it with
%%     erlts run examples/chat_server/chat.erl [Port]
%% (default port 5555; 0 picks a free one) and connect with `nc 127.0.0.1 Port` or
%% `telnet 127.0.0.1 Port`. It listens on 127.0.0.1 only: pass {ip, any} in listen/1
%% below to serve other machines. Commands: /nick Name, /who, /quit; any other line is
%% sent to everyone else. Everyone sees joins, leaves and nick changes.
%%
%% One process per connection reads lines ({packet, line}, {active, once}); the room
%% process keeps the members and does the broadcasting.
%%
%% `chat.erl demo` runs a scripted session instead: the server on a free port and three
%% clients in the same program (see demo/0 at the end).
-module(chat).
-export([main/1]).

main(["demo"]) ->
    demo();
main(Args) ->
    Port = case Args of
               [P] -> list_to_integer(P);
               [] -> 5555
           end,
    {ok, L} = listen(Port),
    {ok, Real} = inet:port(L),
    io:format("chat: listening on 127.0.0.1:~w; connect with: nc 127.0.0.1 ~w~n", [Real, Real]),
    serve(L).

%% The room, and this process accepting connections on L for ever.
serve(L) ->
    Room = spawn_link(fun() -> room(#{}, 1) end),
    accept(L, Room).

listen(Port) ->
    gen_tcp:listen(Port, [binary, {packet, line}, {active, false}, {reuseaddr, true},
                          {ip, {127,0,0,1}}]).

accept(L, Room) ->
    {ok, S} = gen_tcp:accept(L),
    Pid = spawn(fun() -> receive {go, Nick} -> session(S, Room, Nick) end end),
    ok = gen_tcp:controlling_process(S, Pid),
    Room ! {join, Pid, S},
    accept(L, Room).

%% ------------------------------------------------------------------- the room

%% Members: #{Pid => {Nick, Socket}}; N numbers the guests.
room(Members, N) ->
    receive
        {join, Pid, S} ->
            Nick = "guest" ++ integer_to_list(N),
            erlang:monitor(process, Pid),
            Pid ! {go, Nick},
            send(S, ["* welcome, ", Nick, ". /nick Name to rename, /who to list, /quit to leave\n"]),
            broadcast(Members, ["* ", Nick, " joined\n"]),
            room(Members#{Pid => {Nick, S}}, N + 1);
        {say, Pid, Text} ->
            #{Pid := {Nick, _}} = Members,
            broadcast(maps:remove(Pid, Members), ["<", Nick, "> ", Text, "\n"]),
            room(Members, N);
        {nick, Pid, New} ->
            #{Pid := {Old, S}} = Members,
            Taken = [ok || {_, {Nk, _}} <- maps:to_list(Members), Nk =:= New],
            case {valid(New), Taken} of
                {false, _} ->
                    send(S, "* a nick is 1-16 letters, digits or _\n"),
                    room(Members, N);
                {true, [_ | _]} ->
                    send(S, ["* ", New, " is taken\n"]),
                    room(Members, N);
                {true, []} ->
                    broadcast(Members, ["* ", Old, " is now ", New, "\n"]),
                    room(Members#{Pid := {New, S}}, N)
            end;
        {who, Pid} ->
            #{Pid := {_, S}} = Members,
            Nicks = lists:sort([Nk || {_, {Nk, _}} <- maps:to_list(Members)]),
            send(S, ["* here: ", lists:join(", ", Nicks), "\n"]),
            room(Members, N);
        {'DOWN', _, process, Pid, _} ->
            case maps:take(Pid, Members) of
                {{Nick, _}, Rest} ->
                    broadcast(Rest, ["* ", Nick, " left\n"]),
                    room(Rest, N);
                error ->
                    room(Members, N)
            end
    end.

broadcast(Members, Line) ->
    [send(S, Line) || {_, S} <- maps:values(Members)],
    ok.

send(S, Data) ->
    _ = gen_tcp:send(S, Data),
    ok.

valid(Nick) ->
    length(Nick) >= 1 andalso length(Nick) =< 16 andalso
        lists:all(fun(C) -> (C >= $a andalso C =< $z) orelse (C >= $A andalso C =< $Z)
                                orelse (C >= $0 andalso C =< $9) orelse C =:= $_ end, Nick).

%% ---------------------------------------------------------------- a connection

session(S, Room, Nick) ->
    ok = inet:setopts(S, [{active, once}]),
    receive
        {tcp, S, Line} ->
            %% chomp, not trim(_, trailing, "\r\n"): "\r\n" ends a line as one grapheme
            %% cluster, which is neither of the two characters trim would look for.
            case command(string:chomp(binary_to_list(Line))) of
                quit ->
                    send(S, "* bye\n"),
                    gen_tcp:close(S);
                Msg ->
                    Room ! Msg,
                    session(S, Room, Nick)
            end;
        {tcp_closed, S} ->
            ok;
        {tcp_error, S, _} ->
            ok
    end.

command("/quit") -> quit;
command("/who") -> {who, self()};
command("/nick " ++ New) -> {nick, self(), string:trim(New)};
command(Text) -> {say, self(), Text}.

%% ---------------------------------------------------------------- the demo

%% The server on a free loopback port and three scripted clients, each step waiting
%% for the lines it causes, so the transcript is the same on every run (and on every
%% host: `erlts bundle` runs it in a browser page too, over an in-memory loopback).
demo() ->
    {ok, L} = listen(0),
    {ok, Port} = inet:port(L),
    Server = spawn(fun() -> serve(L) end),
    io:format("chat server started on a free port~n"),
    A = join(Port, alice, "guest1"),
    say(A, "/nick alice"),
    hear([A]),
    B = join(Port, bob, "guest2"),
    hear([A]),
    say(B, "/nick bob"),
    hear([A, B]),
    C = join(Port, carol, "guest3"),
    hear([A, B]),
    say(C, "/nick alice"),
    hear([C]),
    say(C, "/nick carol!"),
    hear([C]),
    say(C, "/nick carol"),
    hear([A, B, C]),
    say(A, "hello, everyone"),
    hear([B, C]),
    say(B, "/who"),
    hear([B]),
    say(C, "/quit"),
    hear([C, C, A, B]),
    {bob, SB} = B,
    io:format("bob closes his connection~n"),
    ok = gen_tcp:close(SB),
    hear([A]),
    say(A, "/who"),
    hear([A]),
    say(A, "/quit"),
    hear([A, A]),
    Ref = monitor(process, Server),
    exit(Server, kill),
    receive {'DOWN', Ref, process, Server, Why} -> ok end,
    ok = gen_tcp:close(L),
    io:format("server stopped (~p); connecting again: ~p~n",
              [Why, gen_tcp:connect({127,0,0,1}, Port, [])]).

%% A client connects and reads its welcome line.
join(Port, Name, Guest) ->
    {ok, S} = gen_tcp:connect("localhost", Port, [binary, {packet, line}, {active, false}]),
    io:format("~s connects~n", [Name]),
    Client = {Name, S},
    {ok, <<"* welcome, ", Rest/binary>>} = gen_tcp:recv(S, 0, 2000),
    {match, _} = re:run(Rest, ["^", Guest, "\\."]),
    io:format("  ~s reads: * welcome, ~s", [Name, Rest]),
    Client.

say({Name, S}, Line) ->
    io:format("~s says: ~s~n", [Name, Line]),
    ok = gen_tcp:send(S, [Line, "\r\n"]).

%% The next line of each client in turn (or how its connection ended).
hear(Clients) ->
    lists:foreach(
      fun({Name, S}) ->
              case gen_tcp:recv(S, 0, 2000) of
                  {ok, Line} -> io:format("  ~s reads: ~s", [Name, Line]);
                  {error, Why} -> io:format("  ~s: ~p~n", [Name, Why])
              end
      end, Clients).
