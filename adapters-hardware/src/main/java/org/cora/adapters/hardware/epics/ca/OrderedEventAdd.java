package org.cora.adapters.hardware.epics.ca;

import com.cosylab.epics.caj.cas.CAJServerContext;
import com.cosylab.epics.caj.cas.CASServerMonitor;
import com.cosylab.epics.caj.cas.CASTransport;
import com.cosylab.epics.caj.cas.handlers.EventAddResponse;
import com.cosylab.epics.caj.impl.Transport;
import gov.aps.jca.CAStatus;
import gov.aps.jca.CAStatusException;
import gov.aps.jca.Monitor;
import gov.aps.jca.cas.ProcessVariable;
import gov.aps.jca.cas.ServerChannel;
import gov.aps.jca.dbr.DBR;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * CA_PROTO_EVENT_ADD for the simulated PVs, count 0 included. The monitor is the library's
 * {@link CASServerMonitor}, made and sent its first value by {@link SimulatedProcessVariable#attach}
 * (ordered with later changes, none lost); a monitor asked with count 0 keeps count 0, and each of
 * its events is sent at the length of the reading it carries. Other PVs get the library's handling.
 */
final class OrderedEventAdd extends EventAddResponse {

    private static final int MASK_OFFSET = 12;
    private static final int KNOWN_EVENTS = Monitor.VALUE | Monitor.LOG | Monitor.ALARM | Monitor.PROPERTY;

    OrderedEventAdd(CAJServerContext context) {
        super(context);
    }

    @Override
    protected void internalHandleResponse(InetSocketAddress from, Transport transport, ByteBuffer[] response) {
        CASTransport circuit = (CASTransport) transport;
        ServerChannel channel = circuit.getChannel(parameter1);
        if (channel == null || !(channel.getProcessVariable() instanceof SimulatedProcessVariable served)
                || dataCount < 0) {
            super.internalHandleResponse(from, transport, response);
            return;
        }
        short type = dataType;
        int count = dataCount;
        int ioid = parameter2;
        short mask = response[1].getShort(MASK_OFFSET);
        CAStatus refusal = refusal(circuit, channel, type, count, mask);
        if (refusal != null) {
            sendException(transport, channel.getCID(), refusal, response[0], "add event request with mask "
                    + Integer.toHexString(mask));
            return;
        }
        served.attach(() -> new CASServerMonitor(channel, ioid, mask, this, circuit, type, count));
    }

    /** Why the library would refuse this request, or null; its own checks, with count 0 allowed. */
    private CAStatus refusal(CASTransport circuit, ServerChannel channel, short type, int count, short mask) {
        try {
            circuit.getChannelAndVerifyRequest(parameter1, type, Math.max(count, 1));
        } catch (CAStatusException refused) {
            return refused.getStatus();
        }
        if ((mask & KNOWN_EVENTS) == 0) {
            return CAStatus.BADMASK;
        }
        return channel.readAccess() ? null : CAStatus.NORDACCESS;
    }

    /** A count-0 monitor's event goes out at the length of the reading it carries. */
    @Override
    public void eventResponse(ProcessVariable variable, Transport transport, short type, int count, int sid, int ioid,
                              DBR value) {
        super.eventResponse(variable, transport, type, count == 0 ? value.getCount() : count, sid, ioid, value);
    }
}
