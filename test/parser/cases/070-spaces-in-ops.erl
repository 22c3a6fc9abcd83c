-module('070-spaces-in-ops').
f(A, B) -> {A=<B, A>=B, A=:=B, A=/=B, A/=B, A==B, A++B, A--B, [A||B<-[]], #{A=>B}, A!B, A+-B, A- -B, <<A:8>>, <<<<A>>/binary>>}.
