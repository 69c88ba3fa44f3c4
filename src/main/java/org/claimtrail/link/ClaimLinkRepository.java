package org.claimtrail.link;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claim.Claim;
import org.springframework.data.repository.Repository;

interface ClaimLinkRepository extends Repository<ClaimLink, Long> {

    ClaimLink saveAndFlush(ClaimLink link);

    void delete(ClaimLink link);

    Optional<ClaimLink> findById(Long id);

    boolean existsByFromAndToAndType(Claim from, Claim to, LinkType type);

    /** Each direction on its own index: an OR of both made PostgreSQL scan every link. */
    List<ClaimLink> findByFrom(Claim from);

    List<ClaimLink> findByTo(Claim to);
}
