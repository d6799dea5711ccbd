package io.babeldesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One moto_server for the whole test JVM, started on a free loopback port the first time a test
 * asks for it, and stopped when the JVM exits. Tests that need a clean slate call {@link #reset()}.
 */
public final class MotoServer {
    private static MotoServer instance;

    private final Process process;
    private final String endpoint;

    private MotoServer(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static synchronized MotoServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String endpoint() {
        return endpoint;
    }

    public void reset() {
        post("/moto-api/reset");
    }

    private static MotoServer start() {
        int port = freePort();
        try {
            Path log = Files.createTempFile("moto-", ".log");
            Process p = new ProcessBuilder(command(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            String endpoint = "http://127.0.0.1:" + port;
            MotoServer server = new MotoServer(p, endpoint);
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("moto_server exited: " + Files.readString(log));
                }
                if (server.ping()) {
                    return server;
                }
                Thread.sleep(100);
            }
            p.destroy();
            throw new IllegalStateException("moto_server did not answer on " + endpoint + " within 30 s");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start moto_server (is it installed? pip install \"moto[server]\")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String command() {
        String configured = System.getenv("MOTO_SERVER");
        return configured == null || configured.isBlank() ? "moto_server" : configured;
    }

    private boolean ping() {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(endpoint + "/moto-api/")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() < 500;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void post(String path) {
        try {
            HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(endpoint + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
