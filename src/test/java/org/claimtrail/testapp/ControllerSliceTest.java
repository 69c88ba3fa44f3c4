package org.claimtrail.testapp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

/**
 * One feature module's controller in an MVC slice, its services mocked: no database, no server.
 * The slice leaves out the site-wide web beans that need the whole application (the composite
 * pages' advice in {@code web}, the API's advice, the request plumbing in {@code http} and its
 * error answers in {@code errors}, the desk's notes added to other modules' pages), so a
 * slice starts from the controller and what it declares, and says so in one place.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "org\\.claimtrail\\.((web|api|http|errors)\\..*|desk\\.NotesOnItems)"))
public @interface ControllerSliceTest {

    /** The controller under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
