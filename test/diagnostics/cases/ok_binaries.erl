-module(ok_binaries).
-export([f/1]).
f(<<Len:16/big, Data:Len/binary, Rest/bits>>) ->
    <<First:4, _:4, _/binary>> = Data,
    {First, << <<(B + 1)>> || <<B>> <= Data >>, <<Rest/bitstring, 0:3>>, <<"str", 1:1, $a/utf8>>}.
