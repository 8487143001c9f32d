package io.tranchelab.spark;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1: one master and one worker of 2 cores, each a child
 * JVM started from this test's Maven class path (no Spark distribution). The worker starts
 * executors from SPARK_HOME/jars, which is left empty: they get the classes from
 * spark.executor.extraClassPath instead, so {@link #executorSettings()} must go to the driver.
 * Closed by killing the executors, the worker and the master, each by its own process id.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path home;
    private final String classPath;
    private final List<Process> processes = new ArrayList<>();
    private final int masterPort;

    private StandaloneCluster(Path home) throws IOException {
        this.home = home;
        this.classPath = absoluteClassPath();
        this.masterPort = freePort();
        Files.createDirectories(home.resolve("jars")); // the launcher wants it to exist (and finds nothing in it)
        // the app's log4j2.properties (warnings only) is on this class path; the cluster's logs are waited on
        Files.writeString(home.resolve("log4j2.properties"), String.join("\n", "rootLogger.level = info",
                "rootLogger.appenderRef.out.ref = out", "appender.out.type = Console", "appender.out.name = out",
                "appender.out.layout.type = PatternLayout", "appender.out.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n",
                ""));
    }

    /** Starts the master, waits for its port, starts the worker and waits for it to register. */
    static StandaloneCluster start(Path home) throws Exception {
        StandaloneCluster cluster = new StandaloneCluster(home);
        try {
            cluster.startMaster();
            cluster.startWorker();
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** What the driver must set for executors started by this worker to find the app's and Spark's classes. */
    Map<String, String> executorSettings() {
        return Map.of("spark.executor.extraClassPath", classPath, "spark.executor.memory", "512m",
                "spark.cores.max", "2", "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1");
    }

    private void startMaster() throws Exception {
        processes.add(launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(masterPort), "--webui-port", "0"));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!accepts(masterPort)) {
            awaitOrFail(deadline, "master");
        }
    }

    private void startWorker() throws Exception {
        processes.add(launch("worker", "org.apache.spark.deploy.worker.Worker", masterUrl(), "--host", "127.0.0.1",
                "--cores", "2", "--memory", "1g", "--webui-port", "0", "--work-dir",
                Files.createDirectories(home.resolve("work")).toString()));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.readString(home.resolve("master.log")).contains("Registering worker")) {
            awaitOrFail(deadline, "worker");
        }
    }

    private Process launch(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties").toUri(), "-cp",
                classPath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13"); // the launcher cannot tell it without a distribution
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    private void awaitOrFail(long deadline, String what) throws Exception {
        for (Process process : processes) {
            if (!process.isAlive()) {
                throw new AssertionError("the " + what + " ended (exit " + process.exitValue() + "):\n" + logs());
            }
        }
        if (System.nanoTime() > deadline) {
            throw new AssertionError("the " + what + " did not start within " + START_TIMEOUT.toSeconds() + " s:\n"
                    + logs());
        }
        Thread.sleep(200);
    }

    String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("master", "worker")) {
            Path log = home.resolve(name + ".log");
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                text.append("--- ").append(name).append(".log (last 30 lines)\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** Executors first (the worker's children), then the worker, then the master. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** The test JVM's class path with every entry absolute: the executors start in the worker's folder. */
    private static String absoluteClassPath() {
        String classPath = System.getProperty("java.class.path");
        return Stream.of(classPath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
