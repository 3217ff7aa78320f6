window.KEEPTRACK_SEARCH_INDEX={"buckets":1,"chunk":8,"sections":7};
