package org.cora.domain.asset;

/** Which way a port's signal flows; a wire runs from an Output to an Input. PascalCase on the wire. */
public enum PortDirection {
    Input, Output
}
