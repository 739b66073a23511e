"""The Scrapy project: one spider per source, one normalized item, one pipeline class per job."""
