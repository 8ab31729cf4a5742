package org.cora.app;

import java.security.SecureRandom;
import java.util.UUID;
import org.cora.domain.shared.IdGenerator;

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids made in
 * the same millisecond in order, then 62 random bits. Ids therefore sort by creation time.
 */
final class UuidV7Ids implements IdGenerator {

    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int counter;

    @Override
    public synchronized UUID newId() {
        long millis = System.currentTimeMillis();
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++counter > 0xFFF) {
                millis = ++lastMillis;
                counter = 0;
            }
        } else {
            lastMillis = millis;
            counter = random.nextInt(0x800);
        }
        long high = (millis << 16) | 0x7000L | counter;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
