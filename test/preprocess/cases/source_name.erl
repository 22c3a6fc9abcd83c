%% pp-opts: S=renamed.erl
-module(source_name).
a() -> ?FILE.
-include("include/h.hrl").
b() -> ?FILE.
