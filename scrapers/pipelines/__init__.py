"""One small pipeline class per job, ordered in scrapers/settings.py: clean, normalize, validate, dedupe, store."""
