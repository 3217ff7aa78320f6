window.KEEPTRACK_SEARCH_INDEX={"buckets":1,"chunk":8,"sections":7,"fields":["title","path","description","heading","anchor","text"]};
