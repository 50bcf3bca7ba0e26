"""Plain, frozen data that services return and accept, one module per feature.
Never ORM objects."""
