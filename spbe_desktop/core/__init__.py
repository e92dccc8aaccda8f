"""Pure domain: packs, the index engine, progress. No I/O beyond reading what it is handed."""
