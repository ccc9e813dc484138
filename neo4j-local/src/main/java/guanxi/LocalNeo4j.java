package guanxi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community as a real Bolt server on 127.0.0.1 through the embedded API, because
 * Maven Central does not publish the Community server distribution.
 *
 * <p>Usage: {@code LocalNeo4j <home-dir> <bolt-port> <page-cache-MiB>}; the password for the
 * {@code neo4j} user arrives in the {@code NEO4J_LOCAL_PASSWORD} environment variable so that it
 * never shows in a process listing. Prints one line {@code READY <port>} once Bolt listens. Stops
 * cleanly on SIGINT/SIGTERM and when its standard input closes, so that it never outlives the
 * Node process that started it.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: LocalNeo4j <home-dir> <bolt-port> <page-cache-MiB>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("NEO4J_LOCAL_PASSWORD must hold at least 8 characters");
      System.exit(2);
    }
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            // Ctrl-C should not wait the default five seconds for Bolt connections that are gone.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    ensurePassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

    System.out.println("READY " + port);
    System.out.flush();
    waitForStdinToClose();
    System.exit(0);
  }

  /** The default user starts with the password "neo4j" and a forced change; replace it once. */
  private static void ensurePassword(GraphDatabaseService system, String password) {
    boolean changeRequired =
        system.executeTransactionally(
            "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' "
                + "RETURN passwordChangeRequired",
            Map.of(),
            result -> result.hasNext() && (Boolean) result.next().get("passwordChangeRequired"));
    if (changeRequired) {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    }
  }

  private static void waitForStdinToClose() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone: shut down just the same.
    }
  }
}
