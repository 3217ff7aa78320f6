alert(2);
