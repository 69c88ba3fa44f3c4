package org.claimtrail.verdict.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Verdicts for editing; pages read them through {@code VerdictService.of}. */
public interface VerdictRepository extends Repository<Verdict, Long> {

    Verdict saveAndFlush(Verdict verdict);

    Optional<Verdict> findByClaimId(long claimId);
}
