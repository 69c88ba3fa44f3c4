package org.claimtrail.claim;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Claims for editing. Pages read projections instead ({@link ClaimReadSql}). */
interface ClaimRepository extends Repository<Claim, Long> {

    Claim saveAndFlush(Claim claim);

    void delete(Claim claim);

    Optional<Claim> findById(Long id);

    boolean existsBySlug(String slug);

    Optional<Claim> findBySlug(String slug);

    /** The claim with its story and subjects, as its edit form shows them. */
    @Query("select c from Claim c join fetch c.story left join fetch c.subjects where c.slug = :slug")
    Optional<Claim> findForEditing(String slug);
}
