package org.cora.adapters.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The owner that {@link EmbeddedPostgresServerTest} kills: run in a child JVM with a data
 * directory and a note, it starts a server there, commits the note, prints
 * {@value #READY_PREFIX}{@code <postmaster pid>} and waits to be killed, never closing the server.
 */
final class OrphanedServerOwner {

    static final String READY_PREFIX = "OWNER READY ";
    static final String TABLE = "written_by_the_killed_owner";

    private OrphanedServerOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        try (Connection connection = server.dataSource("postgres").getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + TABLE + " (note text NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?)")) {
                insert.setString(1, args[1]);
                insert.executeUpdate();
            }
        }
        System.out.println(READY_PREFIX + server.postmasterPid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
