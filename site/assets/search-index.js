(window.keeptrack=window.keeptrack||{}).searchIndex={"buckets":8,"chunk":8,"sections":107,"fields":["title","path","description","heading","anchor","text"]};
