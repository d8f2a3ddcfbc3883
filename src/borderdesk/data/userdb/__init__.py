"""The user's own data: notes and bookmarks in a writable SQLite file in their data folder."""
