-define(N2, n2).
n2() -> ?FILE.
-include("nested3.hrl").
