(window.keeptrack=window.keeptrack||{}).searchIndex={"buckets":1,"chunk":8,"sections":9,"fields":["title","path","description","heading","anchor","text"]};
