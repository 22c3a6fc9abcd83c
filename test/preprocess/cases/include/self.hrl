self() -> ?LINE.
-include("self.hrl").
