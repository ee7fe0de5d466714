"""German language processing: the spaCy pipeline, date and number parsing, fact extraction."""
