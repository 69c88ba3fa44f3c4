package org.claimtrail.source;

import java.util.List;
import java.util.Optional;
import org.claimtrail.actor.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    @Query("select s from Source s left join fetch s.publisher where s.id = :id")
    Optional<Source> findWithPublisher(Long id);

    /** The source at this address or at one that differs only as source_url_key() folds (V15). */
    @Query(
            value = "select * from source where url is not null and source_url_key(url) = source_url_key(:url) "
                    + "order by id limit 1",
            nativeQuery = true)
    Optional<Source> findSameDocument(String url);

    /** The oldest source of this title, any case: a spreadsheet row without an address names its source so. */
    Optional<Source> findFirstByTitleIgnoreCaseOrderById(String title);

    @Query("select s from Source s left join fetch s.publisher order by s.title")
    List<Source> findAllByTitle();

    /** One page of sources whose title, address or publisher contains the text (a LIKE pattern). */
    @Query("""
            select s from Source s left join fetch s.publisher p
            where :pattern is null or lower(s.title) like :pattern escape '\\'
               or lower(coalesce(s.url, '')) like :pattern escape '\\'
               or lower(coalesce(p.name, '')) like :pattern escape '\\'
            order by s.published.earliest desc nulls last, s.id""")
    List<Source> findPage(String pattern, Pageable pageable);

    @Query("""
            select count(s) from Source s left join s.publisher p
            where :pattern is null or lower(s.title) like :pattern escape '\\'
               or lower(coalesce(s.url, '')) like :pattern escape '\\'
               or lower(coalesce(p.name, '')) like :pattern escape '\\'""")
    long countMatching(String pattern);

    @Query("select s from Source s where s.publisher = :publisher order by s.published.earliest, s.id")
    List<Source> findByPublisher(Actor publisher);

    /**
     * The ids of sources whose title, address or publisher contains the text (a LIKE pattern),
     * those with a word of the title that starts with it first ({@code prefix}), then the newest.
     * Each way of matching is its own query, newest first and limited, so each is answered by its
     * index (V28's trigram indexes, or the primary key when most rows match) and never by reading
     * every source; the top {@code limit} of them all is the top of the whole.
     */
    @Query(value = """
                    select id from (
                      (select s.id, 0 as rank from source s
                       where lower(s.title) like :prefix escape '\\' or lower(s.title) like '% ' || :prefix escape '\\'
                       order by s.id desc limit :limit)
                      union all
                      (select s.id, 1 from source s where lower(s.title) like :pattern escape '\\'
                       order by s.id desc limit :limit)
                      union all
                      (select s.id, 1 from source s where lower(coalesce(s.url, '')) like :pattern escape '\\'
                       order by s.id desc limit :limit)
                      union all
                      (select s.id, 1 from source s join actor p on p.id = s.publisher_id
                       where lower(p.name) like :pattern escape '\\' order by s.id desc limit :limit)
                    ) found
                    group by id order by min(rank), id desc limit :limit""", nativeQuery = true)
    List<Long> findMatchingIds(String pattern, String prefix, int limit);

    @Query("select s from Source s left join fetch s.publisher where s.id in :ids")
    List<Source> findWithPublishers(java.util.Collection<Long> ids);

    /** The sources added last. */
    @Query("select s from Source s left join fetch s.publisher order by s.id desc")
    List<Source> findNewest(Pageable pageable);

    /** The publisher of the newest source on file at this site (host without "www."), if any names one. */
    @Query(value = """
                    select publisher_id from source
                    where publisher_id is not null and url is not null
                      and lower(substring(url from '^[A-Za-z]+://(?:www\\.)?([^/:?#]+)')) = :host
                    order by id desc limit 1""", nativeQuery = true)
    Optional<Long> findPublisherIdAtHost(String host);
}
