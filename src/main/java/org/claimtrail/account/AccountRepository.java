package org.claimtrail.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsername();
}
