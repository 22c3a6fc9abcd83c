%% No shebang on line 1: escript skips this line anyway and numbers the next one line 1,
%% so ?LINE and the lines of stack traces are one less than the file's.
-module(exc_no_shebang_lines).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("line ~p~n", [?LINE]),
    try erlang:error(boom)
    catch error:boom:S -> io:format("~p~n", [S])
    end.
