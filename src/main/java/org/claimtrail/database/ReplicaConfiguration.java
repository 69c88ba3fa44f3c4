package org.claimtrail.database;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Visitors' reads from a streaming replica, when one is configured (see {@link ReplicaProperties}). */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

    @Bean
    static ReplicaRouting replicaRouting() {
        return new ReplicaRouting();
    }

    /**
     * Around every reader's transaction, outside it: if the replica fails under the read, the read
     * runs again in a fresh transaction on the primary ({@link ReadRoute#failingOverToPrimary}).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readerFailover() {
        ComposablePointcut readers = new ComposablePointcut(
                        new AnnotationMatchingPointcut(ReaderTransaction.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(ReaderTransaction.class));
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
