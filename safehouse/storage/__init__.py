"""Where the data lives: engine creation, pragmas, migrations, copies."""
