"""A local replica of every source site, for tests, the demo and benchmarks (`ictarchive mirror serve`)."""
