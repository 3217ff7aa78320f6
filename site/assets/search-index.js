window.KEEPTRACK_SEARCH_INDEX={"buckets":4,"chunk":8,"sections":65};
