-module('082-typed-record-defaults').
-record(r, {a = 1 :: integer(), b = a :: atom(), c = "s" :: string(), d = {} :: tuple(), e = #{} :: map(),
            f = <<>> :: binary(), g = [] :: list(), h = -1 :: integer(), i = 1 + 1 :: integer(), j = X = 1 :: term()}).
