-module(include_depth).
-include("include/self.hrl").
a() -> ok.
