-module(include_feature).
-include("include/feature.hrl").
a() -> maybe.
