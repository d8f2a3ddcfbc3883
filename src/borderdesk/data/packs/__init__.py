"""Data packs: a whole dataset as one versioned JSON file (docs/data-pack.md)."""
