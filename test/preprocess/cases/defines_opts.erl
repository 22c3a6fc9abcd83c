%% pp-opts: D=DEBUG D=LEVEL=3 D=NEG=-1 D=L=[1,-2,{a,-3.5}] D=S="str" D=T={a,b} I=include/sub
-module(defines_opts).
a() -> {?DEBUG, ?LEVEL, ?NEG, ?L, ?S, ?T}.
-ifdef(DEBUG).
b() -> debug.
-endif.
-include("nested3.hrl").
-define(DEBUG, again).
