"""One spider per source; the file, the class and `name` follow the source's name in data/sources.toml."""
