-module(bin_gen_unsized).
-export([f/1]).
f(B) -> << <<X/binary>> || <<X/binary>> <= B >>.
