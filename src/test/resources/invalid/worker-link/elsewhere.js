/* A file outside the theme: a link to it must not be published as the site's worker. */
self.secret = 'outside';
