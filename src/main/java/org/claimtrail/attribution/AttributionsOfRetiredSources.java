package org.claimtrail.attribution;

import org.claimtrail.site.NotFound;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceMerged;
import org.claimtrail.source.SourceService;
import org.claimtrail.source.SourceWithdrawn;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes of attributions when their source leaves the record, in the source's own save
 * (a plain, synchronous listener: after-commit would let a withdrawn source's attributions count
 * in summaries, or a merge half-happen). A withdrawn source's live attributions are withdrawn
 * with its reason; a merged duplicate's move to the source it repeats.
 */
@Component
class AttributionsOfRetiredSources {

    private final AttributionRepository attributions;
    private final SourceService sources;

    AttributionsOfRetiredSources(@Lazy AttributionRepository attributions, SourceService sources) {
        this.attributions = attributions;
        this.sources = sources;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SourceWithdrawn withdrawn) {
        for (Attribution attribution : attributions.findBySource(source(withdrawn.sourceId()))) {
            if (!attribution.isWithdrawn()) {
                attribution.withdraw("Its source was withdrawn: " + withdrawn.reason(), withdrawn.at());
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SourceMerged merged) {
        Source into = source(merged.intoId());
        for (Attribution attribution : attributions.findBySource(source(merged.duplicateId()))) {
            attribution.moveTo(into);
        }
    }

    private Source source(long id) {
        return sources.find(id).orElseThrow(() -> NotFound.source(id));
    }
}
