var old = 1;
