package org.cora.adapters.hardware.epics.ca;

import com.cosylab.epics.caj.cas.CAJServerContext;
import com.cosylab.epics.caj.cas.CASTransport;
import com.cosylab.epics.caj.cas.handlers.ReadNotifyResponse;
import com.cosylab.epics.caj.cas.requests.ReadNotifyRequest;
import com.cosylab.epics.caj.impl.Transport;
import gov.aps.jca.CAStatus;
import gov.aps.jca.CAStatusException;
import gov.aps.jca.cas.ServerChannel;
import gov.aps.jca.dbr.ACK;
import gov.aps.jca.dbr.DBR;
import gov.aps.jca.dbr.DBRFactory;
import gov.aps.jca.dbr.DBRType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * CA_PROTO_READ_NOTIFY with count 0 ("as many elements as the PV holds now", CA 4.13): read the
 * PV once, and answer with that reading at its own length, the count in the reply's header
 * included. Every other read is the library's. Counts control (DBR_CTRL_*) reads per PV, which
 * is how clients fetch enum labels.
 */
final class DynamicCountReadNotify extends ReadNotifyResponse {

    private static final short FIRST_CTRL_TYPE = (short) DBRType.CTRL_STRING.getValue();
    private static final short LAST_CTRL_TYPE = (short) DBRType.CTRL_DOUBLE.getValue();

    DynamicCountReadNotify(CAJServerContext context) {
        super(context);
    }

    @Override
    protected void internalHandleResponse(InetSocketAddress from, Transport transport, ByteBuffer[] response) {
        CASTransport circuit = (CASTransport) transport;
        ServerChannel channel = circuit.getChannel(parameter1);
        SimulatedProcessVariable served = channel != null
                && channel.getProcessVariable() instanceof SimulatedProcessVariable pv ? pv : null;
        if (served != null && dataType >= FIRST_CTRL_TYPE && dataType <= LAST_CTRL_TYPE) {
            served.countControlRead();
        }
        if (dataCount != 0 || served == null) {
            super.internalHandleResponse(from, transport, response);
            return;
        }
        reply(transport, channel, served);
    }

    private void reply(Transport transport, ServerChannel channel, SimulatedProcessVariable served) {
        short type = dataType;
        int ioid = parameter2;
        try {
            // The library's checks (channel, type); a count of one passes the count check it has no case for.
            ((CASTransport) transport).getChannelAndVerifyRequest(parameter1, type, 1);
            if (!channel.readAccess()) {
                throw new CAStatusException(CAStatus.NORDACCESS);
            }
            DBR value = served.currentReading(type).convert(DBRType.forValue(type));
            if (value instanceof ACK ack) {
                ack.setAckS(served.getAckS());
                ack.setAckT(served.isAckT());
            }
            send(new ReadNotifyRequest(transport, CAStatus.NORMAL.getStatusCode(), ioid, type, value.getCount(), value));
        } catch (CAStatusException refused) {
            send(new ReadNotifyRequest(transport, refused.getStatus().getStatusCode(), ioid, type, 0,
                    DBRFactory.create(type, 0)));
        }
    }

    private void send(ReadNotifyRequest reply) {
        try {
            reply.submit();
        } catch (IOException | RuntimeException e) {
            context.getLogger().log(java.util.logging.Level.FINE, "could not answer a read notify", e);
        }
    }
}
