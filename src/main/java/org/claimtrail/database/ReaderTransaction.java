package org.claimtrail.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read for a page: read-only, and with a time limit ({@code claimtrail.read-timeout-seconds},
 * 5 by default) on every statement, so a reader's query that runs too long is cancelled and
 * answered 503 instead of holding a connection and a thread while the queue behind it grows.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Transactional(readOnly = true, timeoutString = "${claimtrail.read-timeout-seconds:5}")
public @interface ReaderTransaction {}
