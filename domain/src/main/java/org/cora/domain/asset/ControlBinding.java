package org.cora.domain.asset;

import java.util.Objects;

/**
 * Where a real constituent is commanded ({@code setpointAddress}) and, optionally, read back:
 * the addresses pseudo-axis expansion targets instead of the reference's placeholder
 * {@code epics_ca://<asset-uuid>/setpoint}. A virtual address cannot be a binding.
 */
public record ControlBinding(String setpointAddress, String readbackAddress) {

    public static final int ADDRESS_MAX = 200;
    public static final String VIRTUAL_PREFIX = "pseudoaxis://";

    public ControlBinding {
        Objects.requireNonNull(setpointAddress, "setpointAddress");
    }

    /** Validates the setpoint then the readback address; {@link InvalidAssetControlBindingError} otherwise. */
    public static ControlBinding of(String setpointAddress, String readbackAddress) {
        return new ControlBinding(address("setpoint_address", setpointAddress),
                readbackAddress == null ? null : address("readback_address", readbackAddress));
    }

    private static String address(String key, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > ADDRESS_MAX) {
            throw new InvalidAssetControlBindingError(key + " must be 1.." + ADDRESS_MAX
                    + " characters after trimming, got " + (raw == null ? "nothing" : "'" + raw + "'"));
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidAssetControlBindingError(key + " must not contain whitespace, got '" + raw + "'");
        }
        if (text.startsWith(VIRTUAL_PREFIX)) {
            throw new InvalidAssetControlBindingError(key + " must be a real control address, not a virtual "
                    + VIRTUAL_PREFIX + " one: '" + text + "'");
        }
        return text;
    }
}
