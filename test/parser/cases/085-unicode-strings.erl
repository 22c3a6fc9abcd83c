-module('085-unicode-strings').
f() -> ["日本語", "Ελληνικά", "Русский", "emoji 🎉", <<"utf8 ✓"/utf8>>, 'atom ✓', $✓].
