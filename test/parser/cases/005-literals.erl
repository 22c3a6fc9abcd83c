-module('005-literals').
f() ->
    [0, 1, 1234567890123456789012345678901234567890, 16#FF, 2#1010, 36#ZZ, 1_000_000, 16#ff_ff,
     0.0, 1.5, 3.14159, 1.0e10, 1.0e-10, 2.5E+3, 123456789.0, 0.1, 1.0e300, 5.0e-324, 1_0.5_0,
     $a, $\n, $\t, $\s, $\\, $\', $\", $\0, $\177, $\x41, $\x{1F600}, $\^A, $ä, $\e, $\d,
     "", "abc", "with \"quotes\" and \\ and \n newline", "tab\there", "\x{263A} smile",
     "adjacent " "strings " "concatenated",
     'atom', atom, 'Quoted Atom', 'with\'quote', '', 'a\nb', 'fun', 'end', 'maybe', 'else',
     'äöü', 'λ', true, false, undefined, nil,
     [], {}, [a | b], [a, b | c], {a, {b, {c}}}].
