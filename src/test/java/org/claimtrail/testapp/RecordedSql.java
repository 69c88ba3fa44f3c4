package org.claimtrail.testapp;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every SQL statement the application sends, recorded at the JDBC driver's door (whatever sent
 * it: Hibernate, JdbcClient, Spring Session), for tests that check what a page asks of the
 * database. Import it into a test context; {@link #clear()} before the request, {@link #statements()} after.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedSql {

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "addBatch");

    public static void clear() {
        STATEMENTS.clear();
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
                        ? proxy(DataSource.class, dataSource, RecordedSql::connection) : bean;
            }
        };
    }

    private static Object connection(Object result) {
        return result instanceof Connection connection ? proxy(Connection.class, connection, RecordedSql::statement) : result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object statement(Object result) {
        return result instanceof Statement statement ? proxy((Class) statementType(statement), statement, r -> r) : result;
    }

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
            if ((name.equals("prepareStatement") || name.equals("prepareCall")) && arguments != null
                    && arguments[0] instanceof String sql) {
                STATEMENTS.add(sql);
            } else if (EXECUTING.contains(name) && arguments != null && arguments.length > 0
                    && arguments[0] instanceof String sql) {
                STATEMENTS.add(sql);
            } else if (name.equals("unwrap") && arguments[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            } else if (name.equals("isWrapperFor") && arguments[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return true;
            }
            try {
                return wrapResult.apply(method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(RecordedSql.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
