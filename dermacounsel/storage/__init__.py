"""The SQLite store: ORM models, opening and migrating the database, the catalogue file format. No Qt."""
