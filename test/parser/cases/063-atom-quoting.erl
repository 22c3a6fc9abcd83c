-module('063-atom-quoting').
f() -> ['after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch',
        'cond', 'div', 'end', 'fun', 'if', 'let', 'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try',
        'when', 'xor', 'maybe', 'else', 'spec', 'callback', 'Caps', '1abc', 'with space', 'ok', ok, 'a.b',
        'tab\there', 'quote\'s', 'ünïcödé', 'x\x{1F600}'].
