%% erlts: including this file turns ets:fun2ms/1 and dbg:fun2ms/1 calls with a
%% literal fun into match specifications at compile time.
-compile({parse_transform, ms_transform}).
