/** Renders each page through the theme's FreeMarker templates. */
package org.keeptrack.render;
