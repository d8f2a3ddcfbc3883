"""SQLAlchemy store: models, the read-only engine, the repository, the dataset build."""
