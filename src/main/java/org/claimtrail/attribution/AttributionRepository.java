package org.claimtrail.attribution;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claim.Claim;
import org.claimtrail.source.Source;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Attributions for editing. Pages read projections instead ({@link AttributionReadSql}). */
interface AttributionRepository extends Repository<Attribution, Long> {

    Attribution saveAndFlush(Attribution attribution);

    void delete(Attribution attribution);

    @Query("""
            select a from Attribution a
              join fetch a.claim
              join fetch a.source s
              left join fetch s.publisher
              left join fetch a.speaker
            where a.id = :id""")
    Optional<Attribution> findWithDetails(long id);

    @Query("select a from Attribution a where a.relays = :origin")
    List<Attribution> findRelaysOf(Attribution origin);

    @Query("select a from Attribution a where a.claim = :claim")
    List<Attribution> findByClaim(Claim claim);

    List<Attribution> findBySource(Source source);
}
