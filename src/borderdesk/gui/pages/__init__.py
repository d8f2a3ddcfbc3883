"""HTML pages of the side-by-side views (pure Python, no Qt)."""
