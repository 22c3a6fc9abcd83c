-module('28-guards').
f() when ok; -> ok.
g() when -> ok.
h() when ok, -> ok.

