package org.cora.application.port;

import org.cora.application.testing.EventStoreContract;
import org.cora.application.testing.InMemoryEventStore;
import org.cora.application.testing.InMemoryJournalStore;
import org.cora.application.testing.JournalStoreContract;
import org.junit.jupiter.api.Nested;

class InMemoryStoresHonourTheirContractsTest {

    @Nested
    class TheInMemoryEventStore extends EventStoreContract {
        private final InMemoryEventStore store = new InMemoryEventStore();

        @Override
        protected EventStore store() {
            return store;
        }
    }

    @Nested
    class TheInMemoryJournalStore extends JournalStoreContract {
        private final InMemoryEventStore events = new InMemoryEventStore();
        private final InMemoryJournalStore store = new InMemoryJournalStore(events);

        @Override
        protected JournalStore store() {
            return store;
        }

        @Override
        protected EventStore events() {
            return events;
        }
    }
}
