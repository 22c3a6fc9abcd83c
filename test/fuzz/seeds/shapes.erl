%% A seed for the mutation fuzz test: records, maps, guards, case/if/receive/try.
-module(shapes).
-export([area/1, describe/1, total/1, classify/1, wait/1, safe_div/2]).

-define(PI, 3.14159).
-define(SQUARE(X), ((X) * (X))).

-record(circle, {r = 1.0 :: float()}).
-record(rect, {w = 0 :: number(), h = 0 :: number()}).

-type shape() :: #circle{} | #rect{} | {triangle, number(), number()}.
-spec area(shape()) -> float().
area(#circle{r = R}) -> ?PI * ?SQUARE(R);
area(#rect{w = W, h = H}) when W >= 0, H >= 0 -> W * H * 1.0;
area({triangle, B, H}) -> B * H / 2.

describe(S) ->
    case S of
        #circle{} -> "circle";
        #rect{w = W, h = W} -> "square";
        #rect{} -> "rectangle";
        _ -> io_lib:format("~p", [S])
    end.

total(Shapes) -> lists:foldl(fun(S, Acc) -> Acc + area(S) end, 0.0, Shapes).

classify(N) when is_integer(N) ->
    if N < 0 -> negative;
       N =:= 0 -> zero;
       N band 1 =:= 0 -> even;
       true -> odd
    end.

wait(Timeout) ->
    receive
        {ping, From} when is_pid(From) -> From ! pong, wait(Timeout);
        stop -> ok
    after Timeout -> timeout
    end.

safe_div(A, B) ->
    try A div B of
        Q -> {ok, Q}
    catch
        error:badarith:Stack -> {error, badarith, length(Stack)};
        Class:Reason -> {Class, Reason}
    after
        ok
    end.
