package io.tranchelab.spark;

import io.tranchelab.batch.SweepRunException;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.SimulationCancelledException;

import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounded waits around a Spark master. Left to itself, a context on an unreachable standalone
 * master retries for about a minute and then logs a stack trace; a master without free workers
 * leaves the job waiting forever. Both become one line after a stated wait.
 */
final class MasterCheck {

    private static final String STANDALONE = "spark://";

    private MasterCheck() {
    }

    /**
     * For a standalone master (spark://host:port, or several for high availability), that one of
     * them accepts a connection within {@code timeout}. Other masters (local, yarn, k8s) are left
     * to Spark.
     */
    static void reachable(String master, Duration timeout) {
        if (!master.startsWith(STANDALONE)) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (String hostPort : master.substring(STANDALONE.length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0 || colon == hostPort.length() - 1) {
                throw new SweepRunException("--master " + master + " is not a Spark master URL; write"
                        + " spark://host:port (e.g. spark://127.0.0.1:7077), local[2] or local[*]");
            }
            String host = hostPort.substring(0, colon);
            int port;
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new SweepRunException("--master " + master + ": '" + hostPort.substring(colon + 1)
                        + "' is not a port number");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
                return;
            } catch (IOException | IllegalArgumentException e) {
                failures.add(host + ":" + port + " (" + reason(e) + ")");
            }
        }
        throw new SweepRunException("cannot reach the Spark master at " + master + ": " + String.join(", ", failures)
                + " within " + timeout.toSeconds() + " s; is the master running there (its log names its URL)?");
    }

    /** For a cluster, that the master gives the application an executor within {@code timeout}. */
    static void executorsWithin(JavaSparkContext spark, String master, Duration timeout, CancellationToken cancel) {
        if (master.startsWith("local")) {
            return; // the driver is the executor
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (spark.statusTracker().getExecutorInfos().length < 2) { // the driver is listed too
            if (cancel.isCancelled()) {
                throw new SimulationCancelledException();
            }
            if (System.nanoTime() > deadline) {
                throw new SweepRunException("the Spark master at " + master + " gave this sweep no executor within "
                        + timeout.toSeconds() + " s: no worker is registered, or none has the free cores and memory"
                        + " asked (spark.executor.memory, spark.cores.max)");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SimulationCancelledException();
            }
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.net.UnknownHostException ? "unknown host" : message.toLowerCase(java.util.Locale.ROOT);
    }
}
