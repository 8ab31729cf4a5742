package org.cora.domain.control;

/** How far a reading can be trusted (the OPC UA trichotomy; EPICS NO_ALARM is Good, MINOR and MAJOR Uncertain, INVALID Bad). */
public enum Quality {
    Good, Uncertain, Bad
}
