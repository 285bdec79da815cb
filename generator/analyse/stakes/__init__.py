"""What is at stake for whom."""
