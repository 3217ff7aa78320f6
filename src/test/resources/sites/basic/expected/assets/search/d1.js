(window.KEEPTRACK_SEARCH=window.KEEPTRACK_SEARCH||{}).d1=[["付録","appendix.html","","","","概要の表"]];
