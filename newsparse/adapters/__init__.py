"""Built-in adapters: every module in this package is discovered by the registry."""
