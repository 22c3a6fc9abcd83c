#!/usr/bin/env escript
%% BEAM side of the parse-otp benchmark: epp:parse_file/2 over the files listed in
%% the given file (absolute paths, one a line) with the given include dirs (one a line
%% in the second file). Prints the best of N runs in milliseconds.
main([ListFile, IncFile, NStr]) ->
    Files = lines(ListFile),
    Incs = lines(IncFile),
    N = list_to_integer(NStr),
    Times = [begin
                 {T, _} = timer:tc(fun() -> [{ok, _} = epp:parse_file(F, [{includes, Incs}]) || F <- Files] end),
                 T
             end || _ <- lists:seq(1, N)],
    io:format("~w~n", [lists:min(Times) / 1000]).

lines(F) ->
    {ok, B} = file:read_file(F),
    [binary_to_list(L) || L <- binary:split(B, <<"\n">>, [global]), L =/= <<>>].
