-define(N1, n1).
-include("sub/nested2.hrl").
n1() -> {?FILE, ?N2}.
