package org.claimtrail.source;

import org.claimtrail.actor.Actor;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface SourceRepository extends JpaRepository<Source, Long> {

    @Query("select s from Source s left join fetch s.publisher where s.id = :id")
    Optional<Source> findWithPublisher(Long id);

    Optional<Source> findByUrl(String url);

    @Query("select s from Source s left join fetch s.publisher order by s.title")
    List<Source> findAllByTitle();

    @Query("select s from Source s left join fetch s.publisher order by s.published.earliest desc nulls last, s.id")
    List<Source> findAllWithPublisher();

    @Query("select s from Source s where s.publisher = :publisher order by s.published.earliest, s.id")
    List<Source> findByPublisher(Actor publisher);
}
