package org.cora.adapters.hardware.epics.ca;

import com.cosylab.epics.caj.cas.CAJServerContext;
import com.cosylab.epics.caj.cas.CASTransport;
import com.cosylab.epics.caj.impl.CATransportRegistry;
import com.cosylab.epics.caj.impl.ResponseHandler;
import com.cosylab.epics.caj.impl.Transport;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * The jca 2.4.11 server context, made to answer count-0 requests and (optionally) to serve
 * loopback clients only.
 *
 * <p>The mechanism: every client connection (a {@link CASTransport}) registers itself in the
 * context's transport registry from its constructor, after it has made its request handler and
 * before the acceptor lets the reactor read a byte from it. This context hands out a registry
 * that forwards to the library's own (so the library's shutdown still finds and closes every
 * transport) and, on that registration, swaps the transport's handler ({@code responseHandler},
 * the protected field that is the transport's extension point) for {@link DynamicCountRequests}
 * wrapping it. No request is read before the swap, so none can reach the library's handler of
 * reads and monitors. The field is set by reflection because the library creates the transport
 * itself; a jca without that field fails at class initialisation, not at the first client.
 */
final class DynamicCountServerContext extends CAJServerContext {

    private static final Field RESPONSE_HANDLER = responseHandlerField();

    private final boolean loopbackClientsOnly;
    private final CATransportRegistry registry = new HookedRegistry();

    DynamicCountServerContext(boolean loopbackClientsOnly) {
        this.loopbackClientsOnly = loopbackClientsOnly;
    }

    @Override
    public CATransportRegistry getTransportRegistry() {
        return registry;
    }

    private CATransportRegistry library() {
        return transportRegistry;
    }

    private void serve(CASTransport transport, InetSocketAddress client) {
        try {
            ResponseHandler library = (ResponseHandler) RESPONSE_HANDLER.get(transport);
            RESPONSE_HANDLER.set(transport, loopbackClientsOnly && !client.getAddress().isLoopbackAddress()
                    ? new Refusal() : new DynamicCountRequests(this, library));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot install the count-0 request handler", e);
        }
    }

    private static Field responseHandlerField() {
        try {
            Field field = CASTransport.class.getDeclaredField("responseHandler");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new ExceptionInInitializerError("this org.epics:jca has no CASTransport.responseHandler: "
                    + "the count-0 fix is written for jca 2.4.11 (" + e + ")");
        }
    }

    /** A connection from off the host, when only loopback clients are served: closed at its first message. */
    private static final class Refusal implements ResponseHandler {

        @Override
        public void handleResponse(InetSocketAddress from, Transport transport, ByteBuffer[] response) {
            ((CASTransport) transport).close(true);
        }
    }

    /** The library's registry, with the handler swap on registration. */
    private final class HookedRegistry extends CATransportRegistry {

        @Override
        public void put(InetSocketAddress address, Transport transport) {
            if (transport instanceof CASTransport client) {
                serve(client, address);
            }
            library().put(address, transport);
        }

        @Override
        public Transport get(InetSocketAddress address, short priority) {
            return library().get(address, priority);
        }

        @Override
        public Transport[] get(InetSocketAddress address) {
            return library().get(address);
        }

        @Override
        public Transport remove(InetSocketAddress address, short priority) {
            return library().remove(address, priority);
        }

        @Override
        public void clear() {
            library().clear();
        }

        @Override
        public int numberOfActiveTransports() {
            return library().numberOfActiveTransports();
        }

        @Override
        public Transport[] toArray() {
            return library().toArray();
        }
    }
}
