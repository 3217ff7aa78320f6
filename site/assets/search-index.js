window.KEEPTRACK_SEARCH_INDEX={"buckets":4,"chunk":16,"sections":65};
