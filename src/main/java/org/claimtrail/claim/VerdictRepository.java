package org.claimtrail.claim;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Verdicts for editing; pages read them through {@link VerdictService#of}. */
interface VerdictRepository extends Repository<Verdict, Long> {

    Verdict saveAndFlush(Verdict verdict);

    Optional<Verdict> findByClaim(Claim claim);
}
