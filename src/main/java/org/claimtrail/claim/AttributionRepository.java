package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.source.Source;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

interface AttributionRepository extends Repository<Attribution, Long> {

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
