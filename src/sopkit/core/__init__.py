"""The catalogue model, its serialisation and plugin loading."""
