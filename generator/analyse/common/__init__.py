"""Helpers several stages share: sentence lookup by offset, cue patterns, clause cleaning, titles in quotation marks."""
