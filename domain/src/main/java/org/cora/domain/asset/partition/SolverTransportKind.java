package org.cora.domain.asset.partition;

/** Where a SolverReference's solver would run. Wire names are the constant names. */
public enum SolverTransportKind {
    SoftIOCRecord, PythonCallable, ControllerAPI, ExternalHTTPService
}
