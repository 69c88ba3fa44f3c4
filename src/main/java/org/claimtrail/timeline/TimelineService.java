package org.claimtrail.timeline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Consumer;

@Service
@Transactional(readOnly = true)
public class TimelineService {

    private final TimelineRepository repository;

    TimelineService(TimelineRepository repository) {
        this.repository = repository;
    }

    /** One page of entries in timeline order, and how many there are in all. */
    public record TimelinePage(List<TimelineEntry> entries, long total, long offset, int limit) {

        public boolean hasMore() {
            return offset + entries.size() < total;
        }
    }

    public TimelinePage page(TimelineFilter filter, long offset, int limit) {
        filter.validate();
        return new TimelinePage(repository.find(filter, offset, limit), repository.count(filter), offset, limit);
    }

    /** Streams every matching entry in order; the caller writes each out before the next is read. */
    public void forEach(TimelineFilter filter, Consumer<TimelineEntry> consumer) {
        filter.validate();
        repository.forEach(filter, consumer);
    }
}
