"""warta: news articles in, ACLED-style conflict events out."""
