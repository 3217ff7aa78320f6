window.KEEPTRACK_SEARCH_INDEX={"buckets":1,"chunk":8,"sections":9,"fields":["title","path","description","heading","anchor","text"]};
