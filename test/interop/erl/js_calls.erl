%% Erlang code using the js module, driven by test/interop/erlang-to-js.test.ts:
%% each function returns a term the test compares with what it must be.
-module(js_calls).
-export([await_prints/0, props/0, methods/0, callbacks/0, callback_error/0, later/0, await_ticks/0,
         await_results/0, later_crash/0, exceptions/0, handles/0, typeof/0, killed_while_waiting/0,
         cannot_wait/0]).

g() -> js:global().

props() ->
    O = js:to_js(#{name => <<"erl">>, n => 1}),
    ok = js:set(O, n, 2),
    ok = js:set(O, <<"list">>, [1, 2.5, <<"é"/utf8>>]),
    ok = js:set(O, 7, null),
    Len = js:get(<<"héllo"/utf8>>, length),
    {js:get(O, n), js:get(O, name), js:get(O, missing), js:get(O, 7), Len,
     js:to_term(js:get(O, list)), js:to_term(O)}.

methods() ->
    Math = js:get(g(), 'Math'),
    Arr = js:to_js([3, 1, 2]),
    Json = js:get(g(), 'JSON'),
    Date = js:new(js:get(g(), 'Date'), [0]),
    {js:call(Math, max, [1, 7, 3]),
     js:apply(js:get(g(), parseInt), [<<"ff">>, 16]),
     js:to_term(js:call(Arr, sort, [])),
     js:call(Json, stringify, [#{a => [1, true, null]}]),
     js:call(Date, toISOString, []),
     js:call(js:get(g(), 'BigInt'), asUintN, [64, -(1 bsl 60)]),
     js:eval(<<"0.1 + 0.2">>)}.

%% A fun passed to JS and called back at once runs in the calling process.
callbacks() ->
    Arr = js:to_js([1, 2, 3]),
    Self = self(),
    Doubled = js:call(Arr, map, [fun(X) -> Self = self(), X * 2 end]),
    Sum = js:call(Arr, reduce, [fun(A, B) -> A + B end, 0]),
    {js:to_term(Doubled), Sum}.

%% An Erlang exception inside a callback comes back out of the JS call unchanged.
callback_error() ->
    Arr = js:to_js([1]),
    try js:call(Arr, map, [fun(_) -> erlang:error({my, reason}) end])
    catch C:R -> {C, R}
    end.

%% A fun called later by JS (a timer) runs in a new process.
later() ->
    Self = self(),
    js:apply(js:get(g(), setTimeout), [fun() -> Self ! {fired, self()} end, 5]),
    receive {fired, P} -> {P =/= Self, is_pid(P)} after 1000 -> timeout end.

%% A fun called later by JS that crashes: an error report, as for any process, and
%% nothing else (the JS caller, a timer, ignores the rejected promise).
later_crash() ->
    Self = self(),
    js:apply(js:get(g(), setTimeout), [fun() -> Self ! crashing, error(later_boom) end, 5]),
    receive crashing -> ok end,
    timer:sleep(20),
    ok.

%% A promise that resolves with Value when both 50 ms have passed and JS code (here
%% the ticker, after its third tick) has called Go: so the ticks are seen whatever the
%% machine's load. If js:await held up the other processes, this would never resolve.
gated_promise(Value) ->
    Pair = js:eval(<<"(() => { let go; const gate = new Promise(r => go = r);"
                     " const timer = new Promise(r => setTimeout(r, 50));"
                     " return [Promise.all([gate, timer]), go]; })()">>),
    Go = js:call(Pair, at, [1]),
    P = js:call(js:call(Pair, at, [0]), then, [js:eval(<<"() => ", Value/binary>>)]),
    {P, Go}.

%% js:await suspends only the caller: a ticker keeps sending it messages while it
%% waits; the await is not disturbed by them and leaves them queued.
await_ticks() ->
    {P, Go} = gated_promise(<<"'done'">>),
    Self = self(),
    T = spawn(fun() -> tick(Self, 0, Go) end),
    R = js:await(P),
    T ! stop,
    receive {stopped, N} -> ok end,
    Ticks = flush_ticks(0),
    {R, N >= 3, Ticks =:= N}.

tick(To, N, Go) ->
    receive stop -> To ! {stopped, N}
    after 5 ->
        To ! tick,
        N =:= 2 andalso js:apply(Go, []),
        tick(To, N + 1, Go)
    end.

flush_ticks(N) ->
    receive tick -> flush_ticks(N + 1) after 0 -> N end.

%% The same seen on standard output: a ticker prints while another process awaits.
await_prints() ->
    {P, Go} = gated_promise(<<"42">>),
    T = spawn(fun() -> print_ticks(0, Go) end),
    R = js:await(P),
    io:format("awaited ~p~n", [R]),
    exit(T, kill),
    ok.

print_ticks(N, Go) ->
    receive
    after 10 ->
        io:format("tick ~p~n", [N]),
        N =:= 2 andalso js:apply(Go, []),
        print_ticks(N + 1, Go)
    end.

await_results() ->
    E = fun(S) -> js:eval(S) end,
    {js:await(E(<<"Promise.resolve([1,2])">>)) =/= error,
     js:to_term(element(2, js:await(E(<<"Promise.resolve([1,2])">>)))),
     js:await(E(<<"Promise.reject(new RangeError('out'))">>)),
     js:await(E(<<"Promise.reject('plain')">>)),
     js:await(E(<<"new Promise(() => {})">>), 20),
     js:await(42),
     js:await(E(<<"new Promise(r => setTimeout(() => r(1), 10))">>), 1000)}.

exceptions() ->
    G = g(),
    {catch_it(fun() -> js:call(G, noSuchFunction, []) end),
     catch_it(fun() -> js:eval(<<"null.x">>) end),
     catch_it(fun() -> js:eval(<<"throw 42">>) end),
     catch_it(fun() -> js:eval(<<"throw {code: 1}">>) end),
     catch_it(fun() -> js:get(undefined, x) end),
     catch_it(fun() -> js:set(#{}, x, 1) end),
     catch_it(fun() -> js:call(G, 'String', [{1, [a | b]}]) end),
     catch_it(fun() -> js:call(G, 'String', [<<255>>]) end)}.

catch_it(F) ->
    try F() catch error:R -> simplify(R) end.

simplify({js_error, Name, _Message}) -> {js_error, Name};
simplify({js_throw, V}) -> {js_throw, js:is_handle(V) orelse V};
simplify(R) -> R.

handles() ->
    G = g(),
    M = js:get(G, 'Math'),
    M2 = js:get(G, 'Math'),
    O = js:to_js(#{}),
    Text = lists:flatten(io_lib:format("~p", [M])),
    {M =:= M2, M =:= O, is_reference(M), erlang:phash2(M) =:= erlang:phash2(M2),
     lists:prefix("#JsRef<", Text),
     case catch term_to_binary(M) of {'EXIT', {badarg, _}} -> badarg end,
     lists:sort([O, M]) =:= lists:sort([M, O]),
     maps:get(M, #{M => found}),
     js:is_handle(M), js:is_handle(make_ref()),
     handle_keys(M, M2)}.

%% Handles as keys of ETS tables and of the process dictionary.
handle_keys(M, M2) ->
    T = ets:new(t, []),
    true = ets:insert(T, {M, in_ets}),
    put(M, in_dict),
    {ets:lookup(T, M2), get(M2)}.

typeof() ->
    [js:typeof(X) || X <- [1, 1.5, <<"s">>, true, undefined, null, [1], #{},
                           js:get(g(), parseInt), js:eval(<<"10n ** 30n">>),
                           js:eval(<<"Symbol('s')">>)]].

%% A process killed while it awaits: the promise settling later changes nothing.
killed_while_waiting() ->
    Pair = js:eval(<<"(() => { let go; return [new Promise(r => go = r), go]; })()">>),
    P = js:call(Pair, at, [0]),
    W = spawn(fun() -> js:await(P) end),
    Ref = monitor(process, W),
    wait_until_waiting(W),
    exit(W, kill),
    receive {'DOWN', Ref, process, W, Why} -> ok end,
    js:apply(js:call(Pair, at, [1]), [1]),
    timer:sleep(10),
    {Why, is_process_alive(W), js:await(P)}.

wait_until_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> timer:sleep(1), wait_until_waiting(P)
    end.

%% A fun called back inside JS code runs where no receive may wait.
cannot_wait() ->
    Arr = js:to_js([1]),
    try js:call(Arr, map, [fun(_) -> js:await(js:eval(<<"new Promise(() => {})">>)) end])
    catch error:{erlts_cannot_wait_in_native, _} -> cannot_wait
    end.
