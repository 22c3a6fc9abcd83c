"\x{D7FF}\x{E000}\x{FFFD}\x{10000}\x{10FFFF}" "\x{D800}" "\x{FFFE}" ok.
