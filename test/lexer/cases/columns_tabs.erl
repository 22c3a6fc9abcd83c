	a		b
  	 c
😀 d 'x😀y' e "😀" f.
