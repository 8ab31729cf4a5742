package org.cora.adapters.hardware.epics.ca;

import com.cosylab.epics.caj.cas.ProcessVariableEventDispatcher;
import com.cosylab.epics.caj.cas.handlers.AbstractCASResponseHandler;
import gov.aps.jca.CAException;
import gov.aps.jca.CAStatus;
import gov.aps.jca.CAStatusException;
import gov.aps.jca.Monitor;
import gov.aps.jca.cas.ProcessVariable;
import gov.aps.jca.cas.ProcessVariableEventCallback;
import gov.aps.jca.cas.ProcessVariableReadCallback;
import gov.aps.jca.cas.ProcessVariableWriteCallback;
import gov.aps.jca.cas.ServerChannel;
import gov.aps.jca.dbr.DBR;
import gov.aps.jca.dbr.DBRType;
import gov.aps.jca.dbr.DOUBLE;
import gov.aps.jca.dbr.ENUM;
import gov.aps.jca.dbr.STRING;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.cora.adapters.hardware.ChannelDescription;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;

/**
 * One address of a {@link SimulatedBeamlineControlPort} as a Channel Access process variable.
 *
 * <ul>
 *   <li>Type: NUMBER is DBR_DOUBLE; NUMBER_ARRAY a DBR_DOUBLE array of {@code maxElements}
 *       capacity, served at its current length; TEXT DBR_STRING; ENUM DBR_ENUM with its labels;
 *       BOOLEAN DBR_ENUM with the labels {@code false} and {@code true}, as an EPICS binary record
 *       (bi/bo) publishes a flag.</li>
 *   <li>Reads ask the simulator, so a read after a completed write sees it. Monitors are fed by
 *       {@link #publish} (the server pumps the simulator's subscription into it) and start with the
 *       last published reading; see {@link #attach} for why that keeps them in order.</li>
 *   <li>Writes are forwarded with {@code wait}, one at a time per address and in arrival order, on
 *       a thread of their own: the put-callback completes when the simulator's write has landed,
 *       so a slow address answers late. A refused write (limits, labels) completes with
 *       ECA_PUTFAIL, a value of the wrong type with ECA_NOCONVERT.</li>
 *   <li>Clients get write access only when the address is writable.</li>
 * </ul>
 */
final class SimulatedProcessVariable extends ProcessVariable {

    private static final System.Logger LOG = System.getLogger(SimulatedProcessVariable.class.getName());
    private static final Duration LANDING_LIMIT = Duration.ofHours(1);
    private static final int EVERY_EVENT = Monitor.VALUE | Monitor.LOG | Monitor.ALARM | Monitor.PROPERTY;
    private static final String[] BOOLEAN_LABELS = {"false", "true"};

    private final ChannelDescription description;
    private final SimulatedBeamlineControlPort beamline;
    private final String[] labels;
    private final ExecutorService writes;
    private final AtomicLong controlReads = new AtomicLong();
    private final Object publishing = new Object();
    private ServedValue published;
    private volatile boolean closing;

    SimulatedProcessVariable(ChannelDescription description, SimulatedBeamlineControlPort beamline,
                             Measurement initial) {
        super(description.address(), null);
        this.description = description;
        this.beamline = beamline;
        this.labels = switch (description.type()) {
            case ENUM -> description.labels().toArray(String[]::new);
            case BOOLEAN -> BOOLEAN_LABELS.clone();
            default -> null;
        };
        this.published = ServedValue.of(description, initial);
        this.writes = Executors.newSingleThreadExecutor(
                Thread.ofVirtual().name("ca-write " + description.address()).factory());
        setEventCallback(new ProcessVariableEventDispatcher(this));
    }

    @Override
    public DBRType getType() {
        return switch (description.type()) {
            case NUMBER, NUMBER_ARRAY -> DBRType.DOUBLE;
            case TEXT -> DBRType.STRING;
            case ENUM, BOOLEAN -> DBRType.ENUM;
        };
    }

    @Override
    public int getMaxDimension() {
        return isArray() ? 1 : 0;
    }

    @Override
    public int getDimensionSize(int dimension) {
        return isArray() && dimension == 0 ? description.maxElements() : 1;
    }

    @Override
    public String[] getEnumLabels() {
        return labels == null ? null : labels.clone();
    }

    @Override
    public CAStatus read(DBR value, ProcessVariableReadCallback callback) {
        try {
            current().fill(value, description, labels);
            return CAStatus.NORMAL;
        } catch (ControlException e) {
            return CAStatus.GETFAIL;
        }
    }

    /** The current reading, in a DBR of the PV's richest class for {@code requestedType}, at its current length. */
    DBR currentReading(short requestedType) throws CAStatusException {
        try {
            ServedValue value = current();
            DBR dbr = AbstractCASResponseHandler.createDBRforReading(this, requestedType, value.count());
            value.fill(dbr, description, labels);
            return dbr;
        } catch (ControlException e) {
            throw new CAStatusException(CAStatus.GETFAIL, e.getMessage());
        }
    }

    @Override
    public CAStatus write(DBR value, ProcessVariableWriteCallback callback) throws CAException {
        Json written;
        try {
            written = json(value);
        } catch (CAStatusException refused) {
            return refused.getStatus();
        }
        try {
            writes.execute(() -> {
                CAStatus landed = land(written);
                if (callback != null && !closing) {
                    callback.processVariableWriteCompleted(landed);
                }
            });
        } catch (RejectedExecutionException shutDown) {
            return CAStatus.DISCONN;
        }
        return null;
    }

    @Override
    public ServerChannel createChannel(int cid, int sid, String userName, String hostName) throws CAException {
        return new AccessControlledChannel(this, cid, sid, userName, hostName);
    }

    /** Streams {@code reading} to every monitor, and keeps it as the start of monitors added later. */
    void publish(Measurement reading) {
        synchronized (publishing) {
            ServedValue next = ServedValue.of(description, reading);
            boolean alarmChanged = !next.alarm().equals(published.alarm());
            published = next;
            eventDispatcher().postEvent(Monitor.VALUE | Monitor.LOG | (alarmChanged ? Monitor.ALARM : 0),
                    richest(next));
        }
    }

    /**
     * Registers the monitor {@code create} makes and queues the last published reading as its
     * first event, both under the lock {@link #publish} holds. Every event of a monitor then
     * travels through its one ordered queue, the first one included: no change is lost between the
     * first value and the monitor's registration, and none overtakes the first value.
     */
    void attach(Supplier<? extends ProcessVariableEventCallback> create) {
        synchronized (publishing) {
            create.get().postEvent(EVERY_EVENT, richest(published));
        }
    }

    void countControlRead() {
        controlReads.incrementAndGet();
    }

    long controlReads() {
        return controlReads.get();
    }

    /** Stops forwarding writes; one in flight is interrupted and left unanswered, its client being dropped. */
    void close() {
        closing = true;
        writes.shutdownNow();
        try {
            writes.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ServedValue current() throws ControlException {
        return ServedValue.of(description, beamline.read(description.address()));
    }

    private DBR richest(ServedValue value) {
        DBR dbr = AbstractCASResponseHandler.createDBRforReading(this, value.count());
        value.fill(dbr, description, labels);
        return dbr;
    }

    private ProcessVariableEventDispatcher eventDispatcher() {
        return (ProcessVariableEventDispatcher) getEventCallback();
    }

    private CAStatus land(Json value) {
        String address = description.address();
        try {
            beamline.write(address, value, true, LANDING_LIMIT);
            return CAStatus.NORMAL;
        } catch (ControlWriteRejectedError e) {
            LOG.log(System.Logger.Level.DEBUG, "refused the write to {0}: {1}", address, e.reason());
            return CAStatus.PUTFAIL;
        } catch (ControlValueCoercionError e) {
            return CAStatus.NOCONVERT;
        } catch (ControlTimeoutError e) {
            return CAStatus.TIMEOUT;
        } catch (ControlNotConnectedError | Cancelled e) {
            return CAStatus.DISCONN;
        } catch (ControlException e) {
            return CAStatus.PUTFAIL;
        }
    }

    /** What a client wrote, as the simulator takes it; the server has already converted it to {@link #getType()}. */
    private Json json(DBR value) throws CAStatusException {
        return switch (description.type()) {
            case NUMBER -> number(((DOUBLE) value).getDoubleValue()[0]);
            case NUMBER_ARRAY -> numbers(((DOUBLE) value).getDoubleValue());
            case TEXT -> Json.str(((STRING) value).getStringValue()[0]);
            case ENUM -> Json.num(Short.toUnsignedInt(((ENUM) value).getEnumValue()[0]));
            case BOOLEAN -> flag(Short.toUnsignedInt(((ENUM) value).getEnumValue()[0]));
        };
    }

    private Json numbers(double[] values) throws CAStatusException {
        if (values.length > description.maxElements()) {
            throw new CAStatusException(CAStatus.PUTFAIL, "more elements than " + description.maxElements());
        }
        List<Json> items = new ArrayList<>(values.length);
        for (double value : values) {
            items.add(number(value));
        }
        return new Json.Arr(items);
    }

    private static Json number(double value) throws CAStatusException {
        if (!Double.isFinite(value)) {
            throw new CAStatusException(CAStatus.NOCONVERT, "JSON holds no NaN or infinity");
        }
        return Json.num(BigDecimal.valueOf(value));
    }

    private static Json flag(int index) throws CAStatusException {
        if (index > 1) {
            throw new CAStatusException(CAStatus.PUTFAIL, "a flag is 0 or 1");
        }
        return Json.bool(index == 1);
    }

    private boolean isArray() {
        return description.type() == ChannelDescription.ValueType.NUMBER_ARRAY;
    }

    /** A channel that grants write access only to a writable address. */
    private static final class AccessControlledChannel extends ServerChannel {

        private final boolean writable;

        AccessControlledChannel(SimulatedProcessVariable variable, int cid, int sid, String userName,
                                String hostName) {
            super(variable, cid, sid, userName, hostName);
            this.writable = variable.description.writable();
        }

        @Override
        public boolean writeAccess() {
            return writable;
        }
    }
}
