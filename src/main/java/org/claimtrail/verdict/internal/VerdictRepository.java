package org.claimtrail.verdict.internal;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Verdicts for editing; pages read them through {@code VerdictService.of}. */
public interface VerdictRepository extends Repository<Verdict, Long> {

    Verdict saveAndFlush(Verdict verdict);

    Optional<Verdict> findByClaimId(long claimId);
}
