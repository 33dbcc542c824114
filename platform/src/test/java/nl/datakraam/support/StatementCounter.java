// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements that HTTP requests really send to the database: the application's {@link DataSource} is
 * wrapped so that every {@code execute…} call on a statement made on a request thread is counted (background jobs on
 * other threads are not). Import {@link Configuration} into a {@code @SpringBootTest}; read {@link #count()} after a
 * request, {@link #reset()} before the next.
 */
public final class StatementCounter {

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final ThreadLocal<Boolean> IN_REQUEST = ThreadLocal.withInitial(() -> false);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private StatementCounter() {
    }

    /** Statements executed by requests since the last {@link #reset()}. */
    public static int count() {
        return COUNT.get();
    }

    public static void reset() {
        COUNT.set(0);
    }

    /** The data source wrapper and the filter that marks request threads. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
                }
            };
        }

        @Bean
        FilterRegistrationBean<Filter> requestMarker() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                IN_REQUEST.set(true);
                try {
                    chain.doFilter(request, response);
                } finally {
                    IN_REQUEST.set(false);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    /** A proxy of {@code target} that wraps the connections and statements it hands out and counts executions. */
    private static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (target instanceof Statement && EXECUTE.contains(method.getName()) && IN_REQUEST.get()) {
                COUNT.incrementAndGet();
            }
            Object result = invoke(method, target, args);
            if (result instanceof Connection connection && !(result instanceof Proxy)) {
                return wrap(connection, Connection.class);
            }
            if (result instanceof Statement statement && !(result instanceof Proxy)) {
                Class<? extends Statement> kind = method.getReturnType().isInterface()
                        && Statement.class.isAssignableFrom(method.getReturnType())
                        ? method.getReturnType().asSubclass(Statement.class) : Statement.class;
                return wrapStatement(statement, kind);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static <S extends Statement> S wrapStatement(Statement statement, Class<S> kind) {
        return wrap(kind.cast(statement), kind);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
