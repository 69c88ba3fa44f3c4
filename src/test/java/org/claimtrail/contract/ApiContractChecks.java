package org.claimtrail.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Every call any test makes to /api through MockMvc is checked against the API's document
 * ({@link ApiContract}): a test that gets an answer the document does not describe fails, whatever
 * it was testing. Registered in META-INF/spring.factories, so no test class has to remember.
 */
class ApiContractChecks implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** A record: equal customizers let Spring share cached contexts. */
    private record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition("apiContractChecks", new RootBeanDefinition(CheckEveryApiCall.class));
            }
        }
    }

    static class CheckEveryApiCall implements MockMvcBuilderCustomizer {

        @Override
        public void customize(ConfigurableMockMvcBuilder<?> builder) {
            builder.alwaysDo(result -> {
                String path = result.getRequest().getRequestURI();
                if (path.startsWith("/api/") && !path.startsWith("/api/test-only/")) {
                    String what = result.getRequest().getMethod() + " " + path
                            + (result.getRequest().getQueryString() == null
                                    ? ""
                                    : "?" + result.getRequest().getQueryString());
                    assertThat(ApiContract.INSTANCE.breaches(result.getRequest(), result.getResponse()))
                            .as(
                                    "%s (%d) against /api/openapi.json",
                                    what, result.getResponse().getStatus())
                            .isEmpty();
                }
            });
        }
    }
}
