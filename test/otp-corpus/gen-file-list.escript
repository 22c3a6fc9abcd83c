#!/usr/bin/env escript
%% Lists the OTP sources that OTP's own epp:parse_file/2 reads without an error, given
%% every lib/*/src and lib/*/include dir as include paths. Our front end must accept
%% each of them. Run where erl and erlang-src are installed:
%%   escript test/otp-corpus/gen-file-list.escript > test/otp-corpus/epp-clean.txt
main(_) ->
    Root = code:lib_dir(),
    Files = lists:sort(filelib:wildcard(filename:join(Root, "*/src/*.erl"))),
    Incs = filelib:wildcard(filename:join(Root, "*/src")) ++
           filelib:wildcard(filename:join(Root, "*/include")),
    Clean = [F || F <- Files, clean(F, Incs)],
    io:format(standard_error, "~w of ~w files parse without errors~n",
              [length(Clean), length(Files)]),
    [io:format("~s~n", [rel(Root, F)]) || F <- Clean],
    ok.

clean(F, Incs) ->
    case epp:parse_file(F, [{includes, Incs}]) of
        {ok, Forms} -> not lists:any(fun({error, _}) -> true; (_) -> false end, Forms);
        _ -> false
    end.

%% Paths relative to the lib root, without the application version:
%% stdlib-4.2/src/lists.erl -> stdlib/src/lists.erl
rel(Root, F) ->
    [App | Rest] = filename:split(string:prefix(F, Root ++ "/")),
    filename:join([hd(string:split(App, "-")) | Rest]).
