#!/usr/bin/env escript
-module(fil_owner).
-export([main/1]).
-mode(compile).
%% Exercises: a file's io server and its owner: use from other processes, closing when the owner dies

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_owner",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "o.txt"),
    Self = self(),
    Opener = spawn(fun() ->
                           {ok, Fd} = file:open(F, [write]),
                           Self ! {fd, Fd},
                           receive stop -> ok end
                   end),
    Fd = receive {fd, X} -> X end,
    p(file:write(Fd, "from main\n")),
    Writer = spawn(fun() -> Self ! {wrote, file:write(Fd, "from writer\n")} end),
    receive {wrote, R} -> p(R) end,
    p(is_process_alive(Writer)),
    p(is_process_alive(Fd)),
    MRef = erlang:monitor(process, Fd),
    Opener ! stop,
    receive {'DOWN', MRef, process, Fd, Why} -> p({server_down, Why}) end,
    p(is_process_alive(Fd)),
    p(file:write(Fd, "too late")),
    p(file:close(Fd)),
    p(file:read_file(F)),
    %% the owner's own file stays open while it lives
    {ok, Mine} = file:open(F, [read]),
    Reader = spawn(fun() -> Self ! {read, file:read_line(Mine)} end),
    receive {read, L} -> p(L) end,
    p(is_process_alive(Reader)),
    p(file:read_line(Mine)),
    p(file:read_line(Mine)),
    p(file:close(Mine)),
    %% a crashing user of the file does not take the server down
    {ok, Fd2} = file:open(F, [read]),
    {Pid, Ref} = spawn_monitor(fun() -> {ok, _} = file:read(Fd2, 4), exit(crash) end),
    receive {'DOWN', Ref, process, Pid, Reason} -> p(Reason) end,
    p(file:read(Fd2, 5)),
    p(file:close(Fd2)),
    p(file:del_dir_r(D)).
