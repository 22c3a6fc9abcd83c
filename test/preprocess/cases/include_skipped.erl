-module(include_skipped).
-ifdef(NO).
-include("no_such_file.hrl").
-include_lib("no_such_app/x.hrl").
-define(X, 1).
-bad directive.
-else.
-include("include/h.hrl").
-endif.
a() -> ?Z.
