package org.claimtrail.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up that fails on the embedded PostgreSQL says why and what to do, in two lines, instead of
 * some 200 lines of stack trace with the cause at the bottom. Registered in META-INF/spring.factories.
 */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresUnavailable cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
