package org.claimtrail.search;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every SQL statement Hibernate prepares, for tests that check what a page asks the database. */
public class RecordedStatements implements StatementInspector {

    static final List<String> SQL = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        SQL.add(sql);
        return sql;
    }
}
