"""Pure rules of the domain: standard library only, nothing internal outside domain/."""
