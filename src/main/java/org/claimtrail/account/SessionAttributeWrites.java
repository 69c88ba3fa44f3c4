package org.claimtrail.account;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How Spring Session JDBC writes a session attribute, made safe for two things that happen here:
 * <ul>
 *   <li>two requests of one session at once (two tabs, a page and its download) store the same
 *       attribute: the default INSERT failed the second with a duplicate key, so it is an upsert;</li>
 *   <li>a request still running when its session was ended (the account was disabled meanwhile)
 *       stores its flash message at the end: the insert failed on the foreign key to the deleted
 *       session and the request with a 500, so a row is only written for a session that exists.</li>
 * </ul>
 */
class SessionAttributeWrites implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    static final String CREATE_SESSION_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            SELECT S.PRIMARY_ID, A.ATTRIBUTE_NAME, A.ATTRIBUTE_BYTES
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS BYTEA)))
                 AS A (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            JOIN %TABLE_NAME% S ON S.PRIMARY_ID = A.SESSION_PRIMARY_ID
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Override
    public void customize(JdbcIndexedSessionRepository sessionRepository) {
        sessionRepository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE);
    }
}
