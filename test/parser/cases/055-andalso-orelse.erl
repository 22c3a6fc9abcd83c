-module('055-andalso-orelse').
f(A, B, C, D) ->
    {A andalso B andalso C, A orelse B orelse C, A andalso B orelse C andalso D,
     (A orelse B) andalso (C orelse D), not A andalso not B, A orelse not B andalso C}.
