package org.claimtrail.correction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters a correction in the public log, inside the save that makes the change (a verdict's too:
 * the verdict module records through here).
 */
@Component
public class CorrectionRecorder {

    private final JdbcClient jdbc;

    CorrectionRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long claimId, String subject, String reason) {
        jdbc.sql("insert into correction (claim_id, subject, reason) values (:claim, :subject, :reason)")
                .param("claim", claimId)
                .param("subject", subject)
                .param("reason", reason)
                .update();
    }
}
