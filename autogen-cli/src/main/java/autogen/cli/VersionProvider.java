package autogen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code autogen --version}: the version Maven built (the pom's, written into autogen-version.properties by resource
 * filtering) and the Java runtime that runs it, which compiles the migrations too.
 */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/autogen-version.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"autogen " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name")
                + ", " + System.getProperty("java.vendor") + ")"};
    }

    /** The pom's version; a build that skipped the resource says so rather than guess. */
    static String version() throws IOException {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "(unknown version: built without " + RESOURCE.substring(1) + ")";
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        }
    }
}
