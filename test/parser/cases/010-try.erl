-module('010-try').
f() ->
    try g() of
        ok -> ok;
        {error, R} -> R
    catch
        throw:T -> T;
        error:E:Stack -> {E, Stack};
        exit:_ -> exit;
        Class:Reason:St when Class =:= error -> {Class, Reason, St};
        X -> X;
        _:_ -> any
    after
        cleanup()
    end.
g() -> try a, b catch _ -> c end.
h() -> try a after b end.
i() -> try a of X -> X after c, d end.
j() -> try a catch error:{badmatch, V} -> V; C:R when R =/= x -> {C, R} after ok end.
k() -> try a catch throw:{x, Y} = Z -> {Y, Z}; 'EXIT':_:_ -> e end.
l() -> catch throw(x).
m() -> X = (catch foo()), X.
n() -> try a catch error:E:_ -> E; Cls:[H | _] -> {Cls, H} end.
