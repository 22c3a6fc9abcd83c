a() -> 1.
b() -> "this string is not terminated\n and continues with \x{1F600} and more text.
