-module('067-exports-weird').
-export(['receive'/0, 'end'/1, 'else'/0, 'maybe'/1]).
'receive'() -> ok.
'end'(_) -> ok.
'else'() -> ok.
'maybe'(_) -> ok.
