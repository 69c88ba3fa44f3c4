package org.claimtrail.claim;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

interface ClaimLinkRepository extends Repository<ClaimLink, Long> {

    ClaimLink saveAndFlush(ClaimLink link);

    void delete(ClaimLink link);

    java.util.Optional<ClaimLink> findById(Long id);

    boolean existsByFromAndToAndType(Claim from, Claim to, LinkType type);

    @Query("""
            select l from ClaimLink l
              join fetch l.from
              join fetch l.to
            where l.from = :claim or l.to = :claim
            order by l.id""")
    List<ClaimLink> findTouching(Claim claim);
}
