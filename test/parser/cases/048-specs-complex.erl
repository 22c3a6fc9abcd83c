-module('048-specs-complex').
-spec start_link(Name, Mod, Args, Opts) -> {ok, pid()} | ignore | {error, Reason} when
      Name :: {local, atom()} | {global, term()} | {via, module(), term()},
      Mod :: module(),
      Args :: term(),
      Opts :: [Opt],
      Opt :: {timeout, timeout()} | {debug, [Flag]} | {spawn_opt, [term()]},
      Flag :: trace | log | statistics,
      Reason :: {already_started, pid()} | term().
start_link(_, _, _, _) -> ignore.
-spec fold(Fun, Acc0, List) -> Acc1 when
      Fun :: fun((Elem :: T, AccIn) -> AccOut),
      Acc0 :: term(), Acc1 :: term(), AccIn :: term(), AccOut :: term(),
      List :: [T], T :: term().
fold(_, A, _) -> A.
-spec x(integer()) -> integer(); (atom()) -> atom(); ([T]) -> [T] when T :: term().
x(X) -> X.
