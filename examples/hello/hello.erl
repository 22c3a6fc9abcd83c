%% The first erlts example: an escript that greets whoever is named on the command line.
-module(hello).
-export([main/1]).

-define(GREETING, "Hello").

main([]) ->
    main(["world"]);
main(Names) ->
    [io:format("~s, ~s!~n", [?GREETING, Name]) || Name <- Names],
    ok.
