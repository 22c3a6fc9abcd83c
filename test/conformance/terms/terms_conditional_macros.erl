#!/usr/bin/env escript
-module(terms_conditional_macros).
-export([main/1]).
-mode(compile).
%% Exercises: -ifdef/-ifndef/-else/-if/-undef

-define(ON, true).
-ifdef(ON).
a() -> on.
-else.
a() -> off.
-endif.
-ifndef(OFF).
b() -> not_defined.
-else.
b() -> defined.
-endif.
-undef(ON).
-ifdef(ON).
c() -> still_on.
-else.
c() -> now_off.
-endif.
-if(?OTP_RELEASE >= 21).
d() -> new_otp.
-else.
d() -> old_otp.
-endif.
main(_) ->
    io:format("~p~n", [[a(), b(), c(), d()]]).
