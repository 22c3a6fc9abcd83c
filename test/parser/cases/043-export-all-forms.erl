-module('043-export-all-forms').
-export([a/0, b/1, c/2, 'd-e'/3, 'F'/0, f@g/1]).
-export_type([t/0]).
-type t() :: any().
a() -> 1.
b(_) -> 2.
c(_, _) -> 3.
'd-e'(_, _, _) -> 4.
'F'() -> 5.
f@g(_) -> 6.
