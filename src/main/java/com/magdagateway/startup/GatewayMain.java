package com.magdagateway.startup;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged application: checks the required configuration before Quarkus boots, so that a
 * missing variable is one line and a non-zero exit rather than a datasource or CXF stack trace.
 */
@QuarkusMain
public final class GatewayMain {

    public static void main(String... args) {
        if (production()) {
            List<String> missing = RequiredConfiguration.missing(RequiredConfiguration.processSources(
                    System.getenv(), System.getProperties(), Path.of(".env")));
            if (!missing.isEmpty()) {
                // Logging is not configured yet: stderr is what the container runtime collects.
                System.err.println(RequiredConfiguration.message(missing));
                System.exit(1);
            }
        }
        Quarkus.run(args);
    }

    /** Dev mode and an explicit dev/test profile have their own defaults (simulated MAGDA, dev key, local database). */
    private static boolean production() {
        // Dev mode may call this before it records its launch mode; it loads the application with Quarkus' own
        // class loader, whereas the packaged jar uses the runner's and a native executable the system one.
        if (LaunchMode.current() != LaunchMode.NORMAL || GatewayMain.class.getClassLoader().getClass().getName()
                .equals("io.quarkus.bootstrap.classloading.QuarkusClassLoader")) {
            return false;
        }
        String profile = System.getProperty("quarkus.profile", System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        String p = profile.toLowerCase(Locale.ROOT);
        return !(p.equals("dev") || p.equals("test"));
    }
}
