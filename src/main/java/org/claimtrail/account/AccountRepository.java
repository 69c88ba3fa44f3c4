package org.claimtrail.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    /** By the canonical name ({@link Usernames}); stored names are canonical. */
    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsername();

    @Query("select count(a) from Account a where a.role = org.claimtrail.account.Role.ADMIN and a.enabled = true")
    long countEnabledAdmins();

    boolean existsByRole(Role role);
}
