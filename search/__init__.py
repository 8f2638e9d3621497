"""Search across the portal: the index (models), its sources (registry) and the query engine."""
