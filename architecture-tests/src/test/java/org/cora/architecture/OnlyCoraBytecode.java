package org.cora.architecture;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Keeps the import to Cora's own bytecode: ArchUnit would otherwise also parse every Spring, jOOQ,
 * Jackson and JDK class that Cora touches (about seven seconds of the suite) and no rule here needs
 * them. A rule only ever asks a foreign class for its name and package, which ArchUnit knows
 * without parsing it. The switch is set here because ArchUnit creates the import options of
 * {@code @AnalyzeClasses} right before it imports, and this module may not ship an
 * {@code archunit.properties}.
 */
public final class OnlyCoraBytecode implements ImportOption {

    public OnlyCoraBytecode() {
        skipClasspathResolution();
    }

    /** From now on, imports in this JVM read only the class files they are given. */
    static void skipClasspathResolution() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    }

    @Override
    public boolean includes(Location location) {
        return true;
    }
}
