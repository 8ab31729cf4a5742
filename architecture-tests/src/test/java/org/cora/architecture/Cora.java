package org.cora.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where each layer lives, and the accesses that read the wall clock or draw randomness. */
final class Cora {

    static final String ROOT = "org.cora";
    static final String DOMAIN = "org.cora.domain..";
    static final String APPLICATION = "org.cora.application..";
    static final String ADAPTERS = "org.cora.adapters..";
    static final String POSTGRES = "org.cora.adapters.postgres..";
    static final String HTTP = "org.cora.adapters.http..";
    static final String HARDWARE = "org.cora.adapters.hardware..";
    static final String TOOLS = "org.cora.tools..";
    static final String TOOLS_SIM_IOC = "org.cora.tools.simioc..";
    static final String APP = "org.cora.app..";
    /** jOOQ code generated from the Flyway schema: never edited by hand, so not held to our naming. */
    static final String GENERATED_JOOQ = "org.cora.adapters.postgres.generated..";

    static final String DOMAIN_FEATURES = "org.cora.domain.features";
    static final String APPLICATION_FEATURES = "org.cora.application.features";
    static final String HTTP_FEATURES = "org.cora.adapters.http.features";
    static final String TOOL_FEATURES = "org.cora.tools.mcp.features";

    private static final Pattern SLICE = Pattern.compile("^(.*?)\\.features(?:\\.([^.]+))?(?:\\..*)?$");

    private Cora() {
    }

    /** The slice segment of a package ({@code org.cora.x.features.<slice>.sub} gives {@code <slice>}). */
    static Optional<String> sliceOf(String packageName) {
        Matcher m = SLICE.matcher(packageName);
        return m.matches() && packageName.startsWith(ROOT + ".") ? Optional.ofNullable(m.group(2)) : Optional.empty();
    }

    /** Whether the package is a {@code features} package or below one. */
    static boolean isInFeatures(String packageName) {
        return packageName.startsWith(ROOT + ".") && SLICE.matcher(packageName).matches();
    }

    /** One forbidden member: {@code *} stands for every member of the owner, {@code <init>} for its constructors. */
    record Forbidden(String owner, String member) {

        boolean matches(AccessTarget target) {
            return target.getOwner().getName().equals(owner) && (member.equals("*") || target.getName().equals(member));
        }

        @Override
        public String toString() {
            String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
            return simpleOwner + (member.equals("<init>") ? ".new" : "." + member) + "()";
        }
    }

    private static final List<String> TEMPORALS_WITH_NOW = List.of("Instant", "LocalDate", "LocalDateTime",
            "LocalTime", "OffsetDateTime", "OffsetTime", "ZonedDateTime", "Year", "YearMonth", "MonthDay");

    /** Reading the wall clock or minting a random id: time and ids come from the Clock and IdGenerator ports. */
    static final List<Forbidden> WALL_CLOCK_AND_RANDOM_IDS = Stream.concat(
            TEMPORALS_WITH_NOW.stream().map(t -> new Forbidden("java.time." + t, "now")),
            Stream.of(
                    new Forbidden("java.time.Clock", "systemUTC"),
                    new Forbidden("java.time.Clock", "systemDefaultZone"),
                    new Forbidden("java.time.Clock", "system"),
                    new Forbidden("java.time.InstantSource", "system"),
                    new Forbidden("java.lang.System", "currentTimeMillis"),
                    new Forbidden("java.util.UUID", "randomUUID")))
            .toList();

    /** What a pure decider may not touch either: monotonic time and every source of randomness. */
    static final List<Forbidden> CLOCKS_AND_RANDOMNESS = Stream.concat(
            WALL_CLOCK_AND_RANDOM_IDS.stream(),
            Stream.of(
                    new Forbidden("java.lang.System", "nanoTime"),
                    new Forbidden("java.lang.Math", "random"),
                    new Forbidden("java.lang.StrictMath", "random"),
                    new Forbidden("java.util.Random", "*"),
                    new Forbidden("java.security.SecureRandom", "*"),
                    new Forbidden("java.util.concurrent.ThreadLocalRandom", "*"),
                    new Forbidden("java.util.random.RandomGenerator", "*"),
                    new Forbidden("java.util.random.RandomGeneratorFactory", "*")))
            .toList();

    /** Any access (call, method reference, field read) to one of {@code forbidden}. */
    static DescribedPredicate<JavaAccess<?>> accessesAnyOf(List<Forbidden> forbidden) {
        return DescribedPredicate.describe("one of " + forbidden,
                access -> forbidden.stream().anyMatch(f -> f.matches(access.getTarget())));
    }
}
