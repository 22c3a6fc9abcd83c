-module('006-binaries').
f(X, Y, Bin) ->
    A = <<>>,
    B = <<1, 2, 3>>,
    C = <<X:8, Y:16/little, X:4/unit:8>>,
    D = <<X/binary, Y/bitstring, "str", "str"/utf8, $a/utf16-big>>,
    E = <<X:32/float-little-signed, Y:64/integer-unsigned-native>>,
    F = <<(X+1):8, (byte_size(Bin)):16, Bin:(Y*8)/binary>>,
    G = <<-1:8, +2:8, (-X):8>>,
    H = <<<<1>>/binary, << <<2>>/binary >>/binary>>,
    I = <<X:8/unit:1-integer>>,
    <<P:8, Rest/binary>> = Bin,
    <<_:2/binary, Q/utf8, _/bits>> = Bin,
    J = <<1.5/float, 16#FFFF:16>>,
    K = <<"abc":8, X:Y/bytes>>,
    {A, B, C, D, E, F, G, H, I, P, Rest, Q, J, K}.
g(<<A:8, B/binary>>) -> {A, B};
g(<<>>) -> empty.
