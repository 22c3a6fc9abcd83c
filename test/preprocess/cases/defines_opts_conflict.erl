%% pp-opts: D=LINE=1
-module(defines_opts_conflict).
a() -> 1.
