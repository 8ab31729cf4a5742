package org.cora.domain.recipe;

/** Where a Recipe is in its life. PascalCase on the wire. */
public enum RecipeStatus {
    Defined, Versioned, Deprecated
}
