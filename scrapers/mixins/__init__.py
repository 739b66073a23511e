"""Parsing shared by sources on one platform: a spider on a known platform is mostly configuration."""
