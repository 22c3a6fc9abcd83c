-module('077-large-tuple-list').
table() ->
    [{1, one, "one", <<"one">>, 1.0},
     {2, two, "two", <<"two">>, 2.0},
     {3, three, "three", <<"three">>, 3.0},
     {4, four, "four", <<"four">>, 4.0},
     {5, five, "five", <<"five">>, 5.0}].
