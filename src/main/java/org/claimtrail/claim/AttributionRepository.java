package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.source.Source;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

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

    @Query("select a from Attribution a where a.claim = :claim")
    List<Attribution> findByClaim(Claim claim);

    @Query("""
            select a from Attribution a
              join fetch a.claim c
              left join fetch a.speaker
            where a.source = :source
            order by c.id, a.id""")
    List<Attribution> findBySource(Source source);

    @Query("""
            select a from Attribution a
              join fetch a.claim c
              join fetch a.source s
              left join fetch s.publisher
            where a.speaker = :speaker
            order by a.stated.earliest asc nulls last, c.id, a.id""")
    List<Attribution> findBySpeaker(Actor speaker);
}
