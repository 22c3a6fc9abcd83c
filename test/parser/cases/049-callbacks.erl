-module('049-callbacks').
-callback init(Args :: term()) -> {ok, State :: term()} | ignore.
-callback handle_call(Request :: term(), From :: {pid(), term()}, State :: term()) ->
    {reply, Reply :: term(), NewState :: term()} | {noreply, NewState :: term()}.
-callback code_change(OldVsn :: (term() | {down, term()}), State :: term(), Extra :: term()) ->
    {ok, NewState :: term()}.
-optional_callbacks([code_change/3]).
