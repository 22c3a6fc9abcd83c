-module('020-strings-chars').
f() ->
    ["\a\b\c", "\d\e\f", "\n\r\s\t\v", "\0\1\12\123\1234", "\x00\xff\x{10FFFF}", "\^a\^z\^@\^[",
     "unicode: λ → ∀ 😀", "latin1: åäö ÅÄÖ ß ÿ", "quote\"s", "back\\slash", "del\177",
     $\x{10FFFF}, $\x{0}, $\200, $\240, $\377, $ÿ, $😀].
