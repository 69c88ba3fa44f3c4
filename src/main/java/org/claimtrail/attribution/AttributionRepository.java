package org.claimtrail.attribution;

import java.util.List;
import java.util.Optional;
import org.claimtrail.actor.Actor;
import org.claimtrail.claim.Claim;
import org.claimtrail.source.Source;
import org.springframework.data.domain.Limit;
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

    /** The named speakers who declined to comment on or did not respond about a claim: a few at most. */
    @Query("""
            select distinct s from Attribution a join a.speaker s
            where a.claim = :claim and a.withdrawnAt is null
              and a.stance in (org.claimtrail.claim.Stance.DECLINES_TO_COMMENT, org.claimtrail.claim.Stance.DID_NOT_RESPOND)""")
    List<Actor> findDecliners(Claim claim, Limit limit);
}
