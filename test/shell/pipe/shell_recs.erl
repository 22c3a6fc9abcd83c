-module(shell_recs).
-export([person/0, nested/0]).
-record(person, {name = "", age = 0 :: integer(), email, tags = []}).
-record(wrapper_with_a_rather_long_name, {first_field_name, second}).
person() -> #person{name = "Joe", age = 40, email = "joe@example.com", tags = [a, b]}.
nested() ->
    #wrapper_with_a_rather_long_name{first_field_name = [person(), person()],
                                     second = lists:seq(1, 30)}.
