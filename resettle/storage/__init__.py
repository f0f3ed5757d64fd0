"""The only layer that knows SQL: models, engine, keys, migrations, backup."""
