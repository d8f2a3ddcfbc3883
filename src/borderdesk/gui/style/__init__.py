"""Look and feel: themes as data, the palette they give, and the window's text size."""
