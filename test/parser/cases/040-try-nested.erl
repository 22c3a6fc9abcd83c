-module('040-try-nested').
f() ->
    try
        try inner() catch throw:X -> X end
    of
        R -> try R catch _:_ -> r after ok end
    catch
        C:E:S -> try {C, E, S} after done end
    after
        try final() catch _ -> ok end
    end.
