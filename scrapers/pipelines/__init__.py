"""One small pipeline class per job, ordered in scrapers/settings.py: clean, warm-up, normalize, validate, dedupe,
store."""
