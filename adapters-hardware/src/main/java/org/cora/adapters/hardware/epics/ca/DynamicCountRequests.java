package org.cora.adapters.hardware.epics.ca;

import com.cosylab.epics.caj.cas.CAJServerContext;
import com.cosylab.epics.caj.impl.ResponseHandler;
import com.cosylab.epics.caj.impl.Transport;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * The request handler of one client's virtual circuit: reads and monitor requests go to the
 * handlers that know count 0, everything else to the library's own handler of that circuit.
 * Like the library's, it is used by one reader thread at a time.
 */
final class DynamicCountRequests implements ResponseHandler {

    private static final short EVENT_ADD = 1;
    private static final short READ_NOTIFY = 15;

    private final ResponseHandler library;
    private final OrderedEventAdd eventAdd;
    private final DynamicCountReadNotify readNotify;

    DynamicCountRequests(CAJServerContext context, ResponseHandler library) {
        this.library = library;
        this.eventAdd = new OrderedEventAdd(context);
        this.readNotify = new DynamicCountReadNotify(context);
    }

    @Override
    public void handleResponse(InetSocketAddress from, Transport transport, ByteBuffer[] response) {
        short command = response[0].getShort(response[0].position());
        switch (command) {
            case EVENT_ADD -> eventAdd.handleResponse(from, transport, response);
            case READ_NOTIFY -> readNotify.handleResponse(from, transport, response);
            default -> library.handleResponse(from, transport, response);
        }
    }
}
