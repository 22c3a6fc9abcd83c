// The programs the playground offers (the first one is shown at start).
export interface Example {
  title: string;
  fn: string;
  source: string;
}

export const EXAMPLES: Example[] = [
  {
    title: 'Hello, processes',
    fn: 'main',
    source: `-module(demo).
-export([main/0]).

%% Run calls main/0; its value is shown after the output.
main() ->
    io:format("Hello from Erlang, running in your browser!~n"),
    Parent = self(),
    Pids = [spawn(fun() -> Parent ! {self(), N, N * N} end) || N <- lists:seq(1, 5)],
    Squares = [receive {P, N, Sq} -> {N, Sq} end || P <- Pids],
    io:format("squares: ~p~n", [Squares]),
    lists:sum([Sq || {_, Sq} <- Squares]).
`,
  },
  {
    title: 'A gen_server',
    fn: 'main',
    source: `-module(counter).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2]).

main() ->
    {ok, Pid} = gen_server:start_link(?MODULE, 0, []),
    [gen_server:cast(Pid, {add, N}) || N <- lists:seq(1, 10)],
    Total = gen_server:call(Pid, get),
    io:format("total: ~p~n", [Total]),
    gen_server:stop(Pid).

init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast({add, K}, N) -> {noreply, N + K}.
`,
  },
  {
    title: 'A crash and its stack trace',
    fn: 'main',
    source: `-module(crash).
-export([main/0]).

main() ->
    io:format("about to divide~n"),
    divide(10, [2, 5, 0]).

divide(X, [D | Ds]) ->
    io:format("~p / ~p = ~p~n", [X, D, X / D]),
    divide(X, Ds);
divide(_, []) ->
    done.
`,
  },
];
