// a theme asset named like the part of the page content/assets/packet.md
window.replaced = true;
