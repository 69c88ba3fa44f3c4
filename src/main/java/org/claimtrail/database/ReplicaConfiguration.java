package org.claimtrail.database;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Visitors' reads from a streaming replica, when one is configured (see {@link ReplicaProperties}). */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

    @Bean
    static ReplicaRouting replicaRouting() {
        return new ReplicaRouting();
    }

    /**
     * Around every transaction, outside it: if the replica fails under a visitor's read (a
     * statement, or the commit that ends it), the read runs again in a fresh transaction on the
     * primary ({@link ReadRoute#failingOverToPrimary}). Every transactional method of the
     * application's beans is wrapped, not only {@link ReaderTransaction}s: a visitor's page also
     * calls plain {@code @Transactional(readOnly = true)} services (a claim's verdict, say), and a
     * pinned request can only read, since the replica refuses writes.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readerFailover(Environment environment) {
        // Finds transactions as the transaction interceptor does (any visibility, timeouts resolved).
        AnnotationTransactionAttributeSource transactions = new AnnotationTransactionAttributeSource(false);
        transactions.setEmbeddedValueResolver(environment::resolvePlaceholders);
        StaticMethodMatcherPointcut readers = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return transactions.getTransactionAttribute(method, targetClass) != null;
            }
        };
        // Only the application's own beans read for pages; looking through every framework bean's
        // methods as well would cost the start-up for nothing.
        readers.setClassFilter(type -> type.getName().startsWith("org.claimtrail."));
        MethodInterceptor failover = invocation -> {
            if (!ReadRoute.onReplica() || TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            // A clone taken before proceeding runs the rest of the chain (the transaction) again.
            MethodInvocation again = ((ProxyMethodInvocation) invocation).invocableClone();
            try {
                return invocation.proceed();
            } catch (RuntimeException failure) {
                if (!ReadRoute.onReplica() || !DatabaseOutage.causedBy(failure)) {
                    throw failure;
                }
                ReadRoute.leaveReplica(failure);
                return again.proceed();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(readers, failover);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
