-module(include_errors).
-include(foo).
-include("a", "b").
-include("x.hrl") y.
-include.
-include("no_such_file.hrl").
-include_lib(foo).
-include_lib("no_app/no_file.hrl").
-include_lib("").
-include_lib("/abs/none.hrl").
-include("$NO_SUCH_VAR/x.hrl").
-include("include/unterminated_if.hrl").
a() -> after_unterminated.
-include("include/unterminated_if2.hrl").
b() -> after_unterminated2.
-include("include/no_dot.hrl").
c() -> after_no_dot.
-include("include/bad_string.hrl").
d() -> after_bad_string.
