-module('044-record-types').
-record(state, {
    socket :: port() | undefined,
    buffer = <<>> :: binary(),
    queue = queue:new() :: queue:queue(term()),
    handlers = #{} :: #{atom() => fun((term()) -> ok)},
    count = 0 :: non_neg_integer(),
    opts = [] :: [{atom(), term()}],
    timer :: reference() | 'undefined',
    parent = self() :: pid(),
    f = fun(X) -> X end :: fun((T) -> T)
}).
-type state() :: #state{}.
-type state2() :: #state{count :: pos_integer()}.
