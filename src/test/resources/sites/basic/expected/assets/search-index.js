window.KEEPTRACK_SEARCH_INDEX={"buckets":1,"chunk":16,"sections":7};
