package org.cora.domain.asset;

/** A port as requested, before validation: raw name, direction and signal type. */
public record PortSpec(String name, String direction, String signalType) {
}
