-module('058-deeply-nested').
f(X) ->
    case X of
        {a, Y} ->
            case Y of
                {b, Z} ->
                    if Z > 0 ->
                        try
                            receive
                                M -> begin fun() -> [M || _ <- [1]] end end
                            after 0 -> none
                            end
                        catch _ -> err
                        end;
                       true -> neg
                    end;
                _ -> no_b
            end;
        _ -> no_a
    end.
