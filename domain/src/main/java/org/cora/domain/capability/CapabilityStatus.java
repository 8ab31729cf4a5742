package org.cora.domain.capability;

/** Where a Capability is in its life. PascalCase on the wire. */
public enum CapabilityStatus {
    Defined, Versioned, Deprecated
}
