// The button's words come from the theme's catalog, as T.open and so on.
var button = document.createElement('button');
button.textContent = T.open;
button.title = T.help + ' ' + T.help;
var other = {T: {x: 1}};
button.dataset.x = other.T.x;
