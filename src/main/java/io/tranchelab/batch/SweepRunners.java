package io.tranchelab.batch;

import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the Spark runner: present in the job jar that {@code mvn -Pspark package} builds
 * (target/tranchelab-spark-job.jar), absent from the default build and the app image.
 */
public final class SweepRunners {

    /** What the user is told when a Spark run is asked of a build without the runner. */
    public static final String NO_SPARK = "Spark runs need the job jar: build it with mvn -Pspark package and run"
            + " spark-submit --master URL target/tranchelab-spark-job.jar sweep SPEC.json (README, \"Sweeps\");"
            + " without --master the sweep runs in this process";

    private SweepRunners() {
    }

    /**
     * The Spark runner, if this build has one whose classes load. A -Pspark build started without
     * Spark on its class path has the runner's class but not Spark's: that counts as absent.
     */
    public static Optional<SweepRunner> spark() {
        try {
            Iterator<SweepRunner> runners = ServiceLoader.load(SweepRunner.class, SweepRunners.class.getClassLoader())
                    .iterator();
            return runners.hasNext() ? Optional.of(runners.next()) : Optional.empty();
        } catch (ServiceConfigurationError | LinkageError e) {
            return Optional.empty();
        }
    }
}
