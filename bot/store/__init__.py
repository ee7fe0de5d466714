"""Storage: conversations (Rasa's SQL tracker store, redacted), our own log of answers, fallback questions and
feedback (SQLAlchemy + Alembic), reports, retention and the settings for running several replicas."""
