package org.cora.domain.capability;

/** What may execute a Capability: a Method (a launched job) or a Procedure (a conduct). */
public enum ExecutorShape {
    Method, Procedure
}
