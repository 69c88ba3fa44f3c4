package org.claimtrail.timeline;

import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.stereotype.Service;

import java.util.function.Consumer;

@Service
@ReaderTransaction
public class TimelineService {

    /** The timeline's order, for reading its cursors. */
    public static final Keyset ORDER = TimelineRepository.ORDER;

    private final TimelineRepository repository;

    TimelineService(TimelineRepository repository) {
        this.repository = repository;
    }

    /** One page of entries in timeline order, and how many match in all (up to the count's cap). */
    public record TimelinePage(Window<TimelineEntry> entries, Count total) {
    }

    public TimelinePage page(TimelineFilter filter, PageRequest page) {
        return new TimelinePage(Window.of(repository.find(filter, page), page, TimelineEntry::key),
                repository.count(filter));
    }

    /** Streams every matching entry in order; the caller writes each out before the next is read. */
    public void forEach(TimelineFilter filter, Consumer<TimelineEntry> consumer) {
        repository.forEach(filter, consumer);
    }

    /** The position just before a year's first entry, to jump there. */
    public static Cursor startOfYear(int year) {
        return TimelineRepository.startOfYear(year);
    }
}
