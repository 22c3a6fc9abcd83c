"" "abc" "a\"b" "tab\tend" "multi
line
string" "\x{1F600}\x41\101\^a" "\
" "café ∀ 😀" "a" "b".
