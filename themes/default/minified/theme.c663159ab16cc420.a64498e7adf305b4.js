(function(){var b=document.documentElement;b.classList.add("js");try{var a=window.localStorage.getItem("keeptrack:theme");"light"!==a&&"dark"!==a||b.setAttribute("data-theme",a)}catch(c){}})();
