package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.story.Story;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every query fetches what its page shows, so a page costs the same number of statements at any size. */
interface ClaimRepository extends Repository<Claim, Long> {

    Claim save(Claim claim);

    Claim saveAndFlush(Claim claim);

    void delete(Claim claim);

    void flush();

    Optional<Claim> findById(Long id);

    Optional<Claim> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select c from Claim c join fetch c.story order by c.statement")
    List<Claim> findAllByStatement();

    @Query("""
            select c from Claim c
              join fetch c.story
              left join fetch c.attributions a
              left join fetch a.source s
              left join fetch s.publisher
              left join fetch a.speaker
              left join fetch c.subjects
            where c.slug = :slug""")
    Optional<Claim> findPageBySlug(String slug);

    @Query("""
            select c from Claim c
              left join fetch c.attributions a
              left join fetch a.source s
              left join fetch s.publisher
            where c.story = :story
            order by c.id""")
    List<Claim> findWithSummaryByStory(Story story);

    @Query("""
            select c from Claim c
              join fetch c.story
              left join fetch c.attributions a
              left join fetch a.source s
              left join fetch s.publisher
            where c.id in :ids""")
    List<Claim> findWithSummaryByIdIn(Collection<Long> ids);

    @Query("select c from Claim c join c.subjects s where s = :actor order by c.id")
    List<Claim> findAbout(Actor actor);
}
