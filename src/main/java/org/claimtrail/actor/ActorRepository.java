package org.claimtrail.actor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActorRepository extends JpaRepository<Actor, Long> {

    /** With whom they speak for, which the actor's form shows. */
    @EntityGraph(attributePaths = "speaksFor")
    Optional<Actor> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** Whether anyone speaks for this actor (who then cannot speak for another). */
    boolean existsBySpeaksFor(Actor actor);

    Optional<Actor> findFirstByNameIgnoreCase(String name);

    List<Actor> findAllByOrderByName();

    /** One page of actors whose name or description contains the text (a LIKE pattern). */
    @Query("""
            select a from Actor a
            where :pattern is null or lower(a.name) like :pattern escape '\\'
               or lower(coalesce(a.description, '')) like :pattern escape '\\'
            order by lower(a.name), a.id""")
    List<Actor> findPage(String pattern, Pageable pageable);

    @Query("""
            select count(a) from Actor a
            where :pattern is null or lower(a.name) like :pattern escape '\\'
               or lower(coalesce(a.description, '')) like :pattern escape '\\'""")
    long countMatching(String pattern);

    /**
     * Actors whose name contains the text (a LIKE pattern), those with a word of the name that
     * starts with it first ("kre" finds The Kremlin before Pokrev).
     */
    @Query("""
            select a from Actor a
            where lower(a.name) like :pattern escape '\\'
            order by case when lower(a.name) like :prefix escape '\\'
                               or lower(a.name) like concat('% ', :prefix) escape '\\' then 0 else 1 end,
                     lower(a.name), a.id""")
    List<Actor> findMatching(String pattern, String prefix, Pageable pageable);

    /** The actors added last. */
    @Query("select a from Actor a order by a.id desc")
    List<Actor> findNewest(Pageable pageable);
}
