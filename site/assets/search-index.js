(window.keeptrack=window.keeptrack||{}).searchIndex={"buckets":8,"chunk":8,"sections":137,"fields":["title","path","description","heading","anchor","text"]};
