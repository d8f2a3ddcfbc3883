"""Plain-Python heart of BorderDesk: records, the navigation tree, the service interface."""
