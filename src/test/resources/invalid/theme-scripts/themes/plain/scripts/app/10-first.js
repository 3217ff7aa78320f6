var first = 1;
