abc aBC a_b a@b a1 ßÿ été Abc _ _x _X9 ÀÞ × ÷ a×b X÷.
