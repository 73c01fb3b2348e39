package dev.syncopate.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code syncopate --version}: {@code syncopate 0.1.0}, the version Maven filtered into
 * {@code dev/syncopate/version.properties}.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"syncopate " + version()};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/syncopate/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
