-module(invalid_utf8_include).
-include("include/invalid.hrl").
a() -> after_include.
