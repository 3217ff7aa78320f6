var second = 2;
var = 3;
