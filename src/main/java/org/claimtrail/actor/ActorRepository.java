package org.claimtrail.actor;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ActorRepository extends JpaRepository<Actor, Long> {

    Optional<Actor> findBySlug(String slug);

    boolean existsBySlug(String slug);

    Optional<Actor> findFirstByNameIgnoreCase(String name);

    List<Actor> findAllByOrderByName();
}
