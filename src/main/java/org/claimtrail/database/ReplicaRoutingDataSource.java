package org.claimtrail.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's one DataSource when a replica is configured: the primary, except for a
 * visitor's request pinned to the replica ({@link ReadRoute}). A replica connection that cannot be
 * had (replica stopped, pool exhausted within its short wait) is answered with a primary one, and
 * the rest of that request stays on the primary.
 */
final class ReplicaRoutingDataSource extends DelegatingDataSource {

    private static final Set<String> ENDING_A_READ = Set.of("rollback", "setAutoCommit", "setReadOnly");

    private final Replica replica;

    ReplicaRoutingDataSource(DataSource primary, Replica replica) {
        super(primary);
        this.replica = replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReadRoute.onReplica()) {
            try {
                return rollbackTolerant(replica.dataSource().getConnection());
            } catch (SQLException | RuntimeException failure) {
                ReadRoute.leaveReplica(failure);
            }
        }
        return super.getConnection();
    }

    /**
     * A replica connection only ever runs read-only transactions, so a rollback (or the reset of
     * the connection's flags after it) that fails because the replica went away has nothing to
     * undo. Without this, each read cut off by the replica's loss logged "Application exception
     * overridden by rollback exception" with a stack trace, and the rollback's failure hid the
     * read's own, which the failover looks at.
     */
    private static Connection rollbackTolerant(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("equals")) {
                        return proxy == arguments[0];
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException failure) {
                        // The pool reports a connection it has already closed as broken without a SQLSTATE.
                        if (ENDING_A_READ.contains(method.getName())
                                && (DatabaseOutage.causedBy(failure.getCause()) || connection.isClosed())) {
                            return null;
                        }
                        throw failure.getCause();
                    }
                });
    }
}
