package org.claimtrail.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimtrail.testapp.HandlerPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route, every method, anonymous and editor: a method the address does not take is a 405
 * whose Allow names exactly the methods it takes (HEAD with GET, and OPTIONS), an API address's
 * as a problem document; OPTIONS answers 204 with the same Allow.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AllowedMethodsTest {

    private static final List<String> METHODS = List.of("POST", "PUT", "PATCH", "DELETE");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aMethodAnAddressDoesNotTakeIsA405NamingTheOnesItDoes() throws Exception {
        Map<String, Set<String>> taken = new TreeMap<>();
        for (HandlerPaths.Mapping mapping : HandlerPaths.mappings(mappings)) {
            taken.computeIfAbsent(mapping.samplePath(), p -> new LinkedHashSet<>())
                    .add(mapping.method().name());
        }
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (var path : taken.entrySet()) {
            String allow = allow(path.getValue());
            for (boolean editor : List.of(false, true)) {
                for (String method : METHODS) {
                    if (path.getValue().contains(method)) {
                        continue;
                    }
                    MockHttpServletResponse answer = send(method, path.getKey(), editor);
                    asked++;
                    if (answer.getStatus() != 405
                            || !allow.equals(answer.getHeader("Allow"))
                            || (path.getKey().startsWith("/api/")
                                    && !String.valueOf(answer.getContentType())
                                            .startsWith("application/problem+json"))) {
                        wrong.add(
                                method + " " + path.getKey() + (editor ? " (editor)" : "") + " → " + answer.getStatus()
                                        + " Allow: " + answer.getHeader("Allow") + " " + answer.getContentType());
                    }
                }
                MockHttpServletResponse options = send("OPTIONS", path.getKey(), editor);
                asked++;
                if (options.getStatus() != 204 || !allow.equals(options.getHeader("Allow"))) {
                    wrong.add("OPTIONS " + path.getKey() + " → " + options.getStatus() + " Allow: "
                            + options.getHeader("Allow"));
                }
            }
        }
        System.out.println("[methods] " + asked + " requests to " + taken.size()
                + " addresses with methods they do not take, " + "and OPTIONS: " + wrong.size() + " wrong");
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse send(String method, String path, boolean editor) throws Exception {
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), path);
        if (editor) {
            builder.with(user("anna").roles("EDITOR"));
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    /** What the README's rule says an Allow holds: the methods taken, HEAD with GET, and OPTIONS, in one order. */
    private static String allow(Set<String> methods) {
        List<String> all = new ArrayList<>();
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
            if (methods.contains(method)
                    || method.equals("OPTIONS")
                    || (method.equals("HEAD") && methods.contains("GET"))) {
                all.add(method);
            }
        }
        return String.join(", ", all);
    }
}
