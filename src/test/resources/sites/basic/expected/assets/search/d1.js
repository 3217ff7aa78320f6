((window.keeptrack=window.keeptrack||{}).searchParts=window.keeptrack.searchParts||{}).d1=[["付録","appendix.html","","","","概要の表"]];
