package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrail.paging.PageParams;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testapp.HandlerPaths.Mapping;
import org.claimtrail.testapp.Proofs;
import org.claimtrail.testapp.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * /timeline?page=4294969 and /api/timeline?page=2147485&size=1000 answered 500 (a negative OFFSET
 * after an int overflow), each with a stack trace in the log. Every handler that takes a paging
 * parameter (a size, a cursor, "last", a year) is asked for values at and around every integer
 * boundary and for cursors that are not ones: never a 5xx, never a trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PageNumbersTest {

    private static final List<String> VALUES = List.of(
            "0",
            "-1",
            "1",
            "2",
            "3",
            "50",
            "1000",
            "1001",
            "4294969",
            "2147485",
            "21474838",
            "10000000",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "4294967296",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "99999999999999999999999",
            "1e3",
            " 7",
            "0x10",
            "abc",
            "",
            "%",
            "1.5",
            "true",
            "2023-01-01~1",
            "9999-12-31~9223372036854775807",
            "0001-01-01~-9223372036854775808",
            "2023-13-45~1",
            "99999-01-01~1",
            "2023-01-01~9999-12-31~1~1~1",
            "2023-01-01~9999-12-31~0~-1~9223372036854775807",
            "tAAAA~1",
            "t~1",
            "tZm9v~3",
            "~",
            "~~~~",
            "1~2~3",
            "9223372036854775807~9~9223372036854775807",
            "-5000-01-01~1",
            "-4713-11-24~1",
            "+10000-01-01~1",
            "0000-01-01~1",
            "x".repeat(700));
    /** Every parameter that chooses a page, its size or where it starts. */
    private static final List<String> PAGING = List.of("page", "size", "after", "before", "last", "year");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noPageOrSizeValueMakesAServerErrorOrALogTrace(CapturedOutput output) throws Exception {
        int logBefore = output.getAll().length();
        List<String> values = values();
        List<String> failures = new ArrayList<>();
        Set<String> endpoints = new TreeSet<>();
        int requests = 0;
        for (Mapping mapping : HandlerPaths.mappings(mappings)) {
            if (mapping.method() != RequestMethod.GET) {
                continue;
            }
            for (String parameter : pagingParameters(mapping)) {
                endpoints.add(mapping.samplePath() + "?" + parameter);
                for (String value : values) {
                    for (String other : parameter.equals("size") ? List.of("", "last=true") : List.of("")) {
                        var request = get(mapping.samplePath()).queryParam(parameter, value);
                        if (!other.isEmpty() && !other.startsWith(parameter + "=")) {
                            request.queryParam(
                                    other.substring(0, other.indexOf('=')), other.substring(other.indexOf('=') + 1));
                        }
                        int status =
                                mvc.perform(request).andReturn().getResponse().getStatus();
                        String target = mapping.samplePath() + "?" + parameter + "=" + value
                                + (other.isEmpty() ? "" : "&" + other);
                        requests++;
                        if (status >= 500) {
                            failures.add(target + " → " + status);
                        }
                    }
                }
            }
        }
        String log = output.getAll().substring(logBefore);
        System.out.println("[paging] " + requests + " requests to " + endpoints.size() + " paged endpoints " + endpoints
                + ": no 5xx, log lines during the run: " + log.lines().count());
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(40);
        assertThat(failures).isEmpty();
        assertThat(log).as("no stack trace in the log").doesNotContain("\tat ").doesNotContain("Exception");
    }

    /**
     * Every value with {@code -Dproofs=full}; in the quick run the boundary values around zero and
     * the int and long limits, and a seeded half of the rest (the seed is printed; -Dseed replays it).
     */
    private static List<String> values() {
        if (Proofs.full()) {
            return VALUES;
        }
        List<String> always = List.of(
                "0",
                "-1",
                "2147483647",
                "2147483648",
                "9223372036854775807",
                "9223372036854775808",
                "",
                "abc",
                "-5000-01-01~1");
        List<String> rest =
                new ArrayList<>(VALUES.stream().filter(v -> !always.contains(v)).toList());
        java.util.Collections.shuffle(rest, Seeds.random("PageNumbersTest values"));
        List<String> chosen = new ArrayList<>(always);
        chosen.addAll(rest.subList(0, rest.size() / 2));
        return chosen;
    }

    /** The handler's request parameters that choose a page or its size. */
    private static List<String> pagingParameters(Mapping mapping) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : mapping.handler().getMethodParameters()) {
            if (parameter.getParameterType() == PageParams.class) {
                names.addAll(List.of("after", "before", "last"));
                continue;
            }
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            String name = annotation == null
                    ? null
                    : !annotation.name().isEmpty()
                            ? annotation.name()
                            : !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
            if (name != null && PAGING.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
