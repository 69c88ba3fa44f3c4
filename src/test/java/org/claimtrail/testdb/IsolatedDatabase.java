package org.claimtrail.testdb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test class a database of its own, freshly migrated, so tests that write (editors'
 * forms, sign-ins) cannot disturb tests that read the seed story, and need no clean-up. With
 * {@link #restoredFrom}, the database first holds a dump an earlier release wrote, so the context's
 * start-up is that database's upgrade.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface IsolatedDatabase {

    /** A SQL dump on the test classpath (e.g. {@code upgrade/7fc9b01.sql}) to restore before the context starts. */
    String restoredFrom() default "";
}
