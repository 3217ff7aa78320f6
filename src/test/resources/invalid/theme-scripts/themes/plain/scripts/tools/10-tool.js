var tool = 1;
