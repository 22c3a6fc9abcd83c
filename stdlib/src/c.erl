%% c: the shell's helper commands, as OTP's `c` module: compile and load (c/1,2, l/1),
%% the working directory (pwd/0, cd/1, ls/0,1), the system (i/0, regs/0, m/0),
%% flush/0, help/0 and q/0.
-module(c).
-export([c/1, c/2, l/1, nc/1, pwd/0, cd/1, ls/0, ls/1, flush/0, help/0, q/0, i/0,
         regs/0, m/0, pid/3]).

c(Mod) -> c(Mod, []).

c(File, Opts0) ->
    Opts = case is_list(Opts0) of
               true -> Opts0;
               false -> [Opts0]
           end,
    Src = case is_atom(File) of
              true -> atom_to_list(File);
              false -> File
          end,
    Dir = proplists:get_value(outdir, Opts, "."),
    case compile:file(Src, [report_errors, report_warnings, {outdir, Dir} | Opts]) of
        {ok, Mod} -> purge_and_load(Mod, Src, Dir);
        {ok, Mod, _} -> purge_and_load(Mod, Src, Dir);
        _ -> error
    end.

nc(File) -> c(File).

purge_and_load(Mod, Src, Dir) ->
    Base = filename:rootname(filename:basename(Src)),
    _ = code:purge(Mod),
    case code:load_abs(filename:join(Dir, Base)) of
        {module, Mod} -> {ok, Mod};
        Other -> Other
    end.

l(Mod) ->
    _ = code:purge(Mod),
    code:load_file(Mod).

pwd() ->
    case file:get_cwd() of
        {ok, Str} -> ok = io:format("~ts\n", [Str]);
        {error, _} -> ok = io:format("Cannot determine current directory\n")
    end.

cd(Dir) ->
    _ = file:set_cwd(Dir),
    pwd().

ls() -> ls(".").

%% Names in columns of a fixed width (the longest name, at most 40, plus 5), 80 wide.
ls(Dir0) ->
    case file:list_dir(Dir0) of
        {ok, Entries} ->
            ls_print(lists:sort(Entries));
        {error, enotdir} ->
            ls_print([if is_list(Dir0) -> lists:flatten(Dir0); true -> Dir0 end]);
        {error, Error} ->
            io:format("~ts\n", [file:format_error(Error)])
    end.

ls_print([]) -> ok;
ls_print(L) ->
    Width = min(lists:max([name_length(N) || N <- L]), 40) + 5,
    ls_print(L, Width, 0).

ls_print(X, Width, Len) when Width + Len >= 80 ->
    io:nl(),
    ls_print(X, Width, 0);
ls_print([H | T], Width, Len) ->
    io:format("~-*ts", [Width, H]),
    ls_print(T, Width, Len + Width);
ls_print([], _, _) ->
    io:nl().

name_length(A) when is_atom(A) -> length(atom_to_list(A));
name_length(S) -> length(S).

flush() ->
    receive
        X ->
            io:format("Shell got ~p~n", [X]),
            flush()
    after 0 ->
        ok
    end.

q() ->
    init:stop().

help() ->
    io:put_chars(["** commands in module c **\n",
                  "bt(Pid)    -- stack backtrace for a process\n",
                  "c(Mod)     -- compile and load module or file <Mod>\n",
                  "cd(Dir)    -- change working directory\n",
                  "flush()    -- flush any messages sent to the shell\n",
                  "help()     -- help info\n",
                  "h(M)       -- module documentation\n",
                  "h(M,F)     -- module function documentation\n",
                  "h(M,F,A)   -- module function arity documentation\n",
                  "i()        -- information about the system\n",
                  "ni()       -- information about the networked system\n",
                  "i(X,Y,Z)   -- information about pid <X,Y,Z>\n",
                  "l(Module)  -- load or reload module\n",
                  "lm()       -- load all modified modules\n",
                  "lc([File]) -- compile a list of Erlang modules\n",
                  "ls()       -- list files in the current directory\n",
                  "ls(Dir)    -- list files in directory <Dir>\n",
                  "m()        -- which modules are loaded\n",
                  "m(Mod)     -- information about module <Mod>\n",
                  "mm()       -- list all modified modules\n",
                  "memory()   -- memory allocation information\n",
                  "memory(T)  -- memory allocation information of type <T>\n",
                  "nc(File)   -- compile and load code in <File> on all nodes\n",
                  "nl(Module) -- load module on all nodes\n",
                  "pid(X,Y,Z) -- convert X,Y,Z to a Pid\n",
                  "pwd()      -- print working directory\n",
                  "q()        -- quit - shorthand for init:stop()\n",
                  "regs()     -- information about registered processes\n",
                  "nregs()    -- information about all registered processes\n",
                  "uptime()   -- print node uptime\n",
                  "xm(M)      -- cross reference check a module\n",
                  "y(File)    -- generate a Yecc parser\n",
                  "** commands in module i (interpreter interface) **\n",
                  "ih()       -- print help for the i module\n"]),
    true.

pid(X, Y, Z) ->
    list_to_pid("<" ++ integer_to_list(X) ++ "." ++ integer_to_list(Y) ++ "." ++ integer_to_list(Z) ++ ">").

%% i(): one line per process (pid, initial call, heap, reductions, messages), as
%% OTP's layout; the figures are erlts's own.
i() ->
    Ps = erlang:processes(),
    io:format("~-12s ~-26s ~9s ~12s ~4s~n", ["Pid", "Initial Call", "Heap", "Reds", "Msgs"]),
    lists:foreach(fun i1/1, Ps),
    ok.

i1(P) ->
    case erlang:process_info(P, [initial_call, heap_size, reductions, message_queue_len, registered_name]) of
        undefined -> ok;
        Info ->
            {M, F, A} = proplists:get_value(initial_call, Info),
            Call = io_lib:format("~w:~w/~w", [M, F, A]),
            io:format("~-12w ~-26s ~9w ~12w ~4w~n",
                      [P, Call, proplists:get_value(heap_size, Info, 0),
                       proplists:get_value(reductions, Info, 0),
                       proplists:get_value(message_queue_len, Info, 0)]),
            case proplists:get_value(registered_name, Info, []) of
                [] -> ok;
                Name -> io:format("~-12w~n", [Name])
            end
    end.

regs() ->
    lists:foreach(fun(N) -> io:format("~w~n", [N]) end, lists:sort(erlang:registered())),
    ok.

m() ->
    io:format("~-20s  ~s~n", ["Module", "File"]),
    lists:foreach(fun({M, F}) -> io:format("~-20s  ~ts~n", [atom_to_list(M), file_name(F)]) end,
                  lists:sort(code:all_loaded())),
    ok.

file_name(F) when is_list(F) -> F;
file_name(F) -> io_lib:format("~w", [F]).
