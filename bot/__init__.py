"""KP-Assistent: the Weisung "Abschluss eines Kooperationsplans (KP)" as tested rules, and everything around it."""
