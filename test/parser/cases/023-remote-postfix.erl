-module('023-remote-postfix').
f(X) ->
    A = X#r.a#r.b#r.c,
    B = X#r{a = 1}#r{b = 2},
    C = X#{a => 1}#{b => 2},
    D = (X#r.a)#{k => v},
    E = (X#{k => v})#r.a,
    F = #r{}#r.a,
    G = #r.a,
    H = (m:f())#r.a#r.b,
    I = (m:f())#r.a,
    J = (fun() -> X end)#r.a,
    K = [X]#r.a,
    L = {X}#{},
    M = "str"#r.a,
    N = X:f(),
    {A, B, C, D, E, F, G, H, I, J, K, L, M, N}.
