-module('003-maps').
f(M) ->
    A = #{},
    B = #{a => 1, "b" => [2], {c} => #{d => e}},
    C = M#{a := 2, b => 3},
    D = B#{},
    E = #{a => 1}#{b => 2}#{c => 3},
    #{a := X, {c} := #{d := Y}} = B,
    G = (M)#{x => y},
    {A, C, D, E, X, Y, G}.
g(#{key := Value} = M) when map_size(M) > 0 -> Value;
g(#{}) -> empty.
h(M) -> M#{a => 1}#{b := 2}.
i() -> #{1 => 2, 3.0 => 4, $a => "x", <<"k">> => <<"v">>, [] => {}}.
