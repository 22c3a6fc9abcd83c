-module(callback_with_behaviour_info).
-export([behaviour_info/1]).
-callback init() -> ok.
behaviour_info(callbacks) -> [{init, 0}].
