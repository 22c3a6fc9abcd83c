-module('037-bit-syntax-types').
f(X, B) ->
    [<<X:8/integer>>, <<X:8/signed-integer>>, <<X:8/unsigned>>, <<X:16/big>>, <<X:16/little>>,
     <<X:16/native>>, <<X:32/float>>, <<X:64/float-little>>, <<B/binary>>, <<B/bytes>>,
     <<B/bitstring>>, <<B/bits>>, <<X/utf8>>, <<X/utf16>>, <<X/utf32>>, <<X/utf16-little>>,
     <<X:3/unit:8>>, <<B:2/binary-unit:16>>, <<X:8/integer-signed-big-unit:1>>,
     <<X:(1+1)/unit:4>>, <<X:B>>, <<1:1, 0:1, 1:6>>, <<"a", "b":8, "c"/utf8>>,
     <<X:8, B/binary, X/float>>].
