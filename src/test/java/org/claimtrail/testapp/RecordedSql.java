package org.claimtrail.testapp;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every SQL statement the application sends, recorded at the JDBC driver's door (whatever sent
 * it: Hibernate, JdbcClient, Spring Session), for tests that check what a page asks of the
 * database. Import it into a test context; {@link #clear()} before the request, {@link #statements()} after.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedSql {

    /** A statement as sent: its SQL and the parameters bound to it, by position. */
    public record Sent(String sql, java.util.Map<Integer, Object> parameters) {}

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();
    /** Each of {@link #STATEMENTS} with the thread that sent it. */
    private static final List<java.util.Map.Entry<Thread, String>> BY_SENDER = new CopyOnWriteArrayList<>();

    private static final List<Sent> SENT = new CopyOnWriteArrayList<>();

    /**
     * The background thread that keeps sourcing summaries (claim.SourcingSummaryKeeper.THREAD):
     * not part of any page, and it runs whenever a test's edits marked claims, so it is left out.
     */
    private static final String SOURCING_SUMMARY_KEEPER = "claimtrail-sourcing-summaries";

    private static final Set<String> EXECUTING =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    /** Where each commit fell in {@link #STATEMENTS}: the statements between two commits are one transaction. */
    private static final List<java.util.Map.Entry<Thread, Integer>> COMMITS = new CopyOnWriteArrayList<>();

    public static void clear() {
        STATEMENTS.clear();
        BY_SENDER.clear();
        SENT.clear();
        COMMITS.clear();
    }

    /**
     * The transactions this thread committed since the last {@link #clear()} (a MockMvc request's),
     * each as the statements it sent. A background task's commit (the session clean-up) falls on
     * its own thread and never cuts one of this thread's transactions in two.
     */
    public static List<List<String>> transactions() {
        Thread me = Thread.currentThread();
        List<java.util.Map.Entry<Thread, String>> sent = List.copyOf(BY_SENDER);
        List<List<String>> transactions = new java.util.ArrayList<>();
        int from = 0;
        for (java.util.Map.Entry<Thread, Integer> commit : COMMITS) {
            if (commit.getKey() != me) {
                continue;
            }
            int at = Math.min(commit.getValue(), sent.size());
            transactions.add(sent.subList(Math.min(from, at), at).stream()
                    .filter(s -> s.getKey() == me)
                    .map(java.util.Map.Entry::getValue)
                    .toList());
            from = at;
        }
        return transactions;
    }

    /** The prepared statements sent since the last {@link #clear()}, with their parameters. */
    public static List<Sent> sent() {
        return List.copyOf(SENT);
    }

    /**
     * The statements this thread sent since the last {@link #clear()}: a MockMvc request's own,
     * without what a background task (a session clean-up, a scheduler) sent meanwhile.
     */
    public static List<String> statementsOfThisThread() {
        return BY_SENDER.stream()
                .filter(sent -> sent.getKey() == Thread.currentThread())
                .map(java.util.Map.Entry::getValue)
                .toList();
    }

    /** The statements sent since the last {@link #clear()}, in order. */
    public static List<String> statements() {
        return List.copyOf(STATEMENTS);
    }

    @Bean
    static BeanPostProcessor recordingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))
                        ? proxy(DataSource.class, dataSource, RecordedSql::connection)
                        : bean;
            }
        };
    }

    private static Object connection(Object result) {
        if (!(result instanceof Connection connection)
                || Thread.currentThread().getName().equals(SOURCING_SUMMARY_KEEPER)) {
            return result;
        }
        InvocationHandler handler = (proxy, method, arguments) -> {
            String name = method.getName();
            String sql = (name.equals("prepareStatement") || name.equals("prepareCall"))
                            && arguments != null
                            && arguments[0] instanceof String text
                    ? text
                    : null;
            if (sql != null) {
                BY_SENDER.add(java.util.Map.entry(Thread.currentThread(), sql));
                STATEMENTS.add(sql);
            } else if (name.equals("commit")) {
                COMMITS.add(java.util.Map.entry(Thread.currentThread(), BY_SENDER.size()));
            } else if (name.equals("unwrap")
                    && arguments[0] instanceof Class<?> wanted
                    && wanted.isInstance(connection)) {
                return connection;
            }
            try {
                return statement(method.invoke(connection, arguments), sql);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(RecordedSql.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object statement(Object result, String sql) {
        if (!(result instanceof Statement statement)) {
            return result;
        }
        if (sql == null) {
            return proxy((Class) statementType(statement), statement, r -> r);
        }
        Sent sent = new Sent(sql, new java.util.concurrent.ConcurrentHashMap<>());
        SENT.add(sent);
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().startsWith("set")
                    && arguments != null
                    && arguments.length >= 2
                    && arguments[0] instanceof Integer index) {
                sent.parameters()
                        .put(index, method.getName().equals("setNull") || arguments[1] == null ? NULL : arguments[1]);
            }
            try {
                return method.invoke(statement, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(
                RecordedSql.class.getClassLoader(), new Class<?>[] {statementType(statement)}, handler);
    }

    /** Stands for a parameter bound as SQL NULL. */
    public static final Object NULL = new Object();

    private static Class<? extends Statement> statementType(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return java.sql.CallableStatement.class;
        }
        return statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, java.util.function.UnaryOperator<Object> wrapResult) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            String name = method.getName();
            if (EXECUTING.contains(name)
                    && arguments != null
                    && arguments.length > 0
                    && arguments[0] instanceof String sql) {
                BY_SENDER.add(java.util.Map.entry(Thread.currentThread(), sql));
                STATEMENTS.add(sql);
            } else if (name.equals("unwrap") && arguments[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            } else if (name.equals("isWrapperFor")
                    && arguments[0] instanceof Class<?> wanted
                    && wanted.isInstance(target)) {
                return true;
            }
            try {
                return wrapResult.apply(method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(RecordedSql.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
