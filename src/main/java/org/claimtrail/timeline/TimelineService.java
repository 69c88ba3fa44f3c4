package org.claimtrail.timeline;

import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.stereotype.Service;

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
    public record TimelinePage(Window<TimelineEntry> entries, Count total) {}

    public TimelinePage page(TimelineFilter filter, PageRequest page) {
        return new TimelinePage(
                Window.of(repository.find(filter, page), page, TimelineEntry::key), repository.count(filter));
    }

    /**
     * One chunk of an export: up to {@code page.size()} entries in timeline order, read in a
     * transaction of its own, so the connection goes back to the pool before the rows go out to a
     * client however slow. The next chunk starts after the last key ({@link Window#lastKey()}).
     */
    public Window<TimelineEntry> chunk(TimelineFilter filter, PageRequest page) {
        return Window.of(repository.find(filter, page), page, TimelineEntry::key);
    }

    /** The position just before a year's first entry, to jump there. */
    public static Cursor startOfYear(int year) {
        return TimelineRepository.startOfYear(year);
    }
}
