-module('013-blocks').
f(X) ->
    begin
        A = X + 1,
        B = begin A * 2 end,
        begin end_of_block end
    end,
    Y = begin 1, 2, 3 end + 1,
    [begin Z end || Z <- [1]],
    Y.
