package org.claimtrail.upgrade;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up, once, when an upgrade left items for an admin, so whoever upgraded knows to look. */
@Component
class UpgradeReviewNotice {

    private static final Logger log = LoggerFactory.getLogger(UpgradeReviewNotice.class);

    private final UpgradeReview review;

    UpgradeReviewNotice(UpgradeReview review) {
        this.review = review;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellTheAdmin() {
        long waiting = review.waitingCount();
        if (waiting > 0) {
            log.warn(
                    "Upgrade: {} seed correction(s) were left where editors had changed the seed story, or were "
                            + "overwritten by an earlier upgrade; an admin reviews them at /admin/upgrade.",
                    waiting);
        }
    }
}
