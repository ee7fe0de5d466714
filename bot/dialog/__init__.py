"""From a recognised intent and the facts of the conversation to the rule that answers it."""
