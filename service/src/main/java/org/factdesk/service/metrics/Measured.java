package org.factdesk.service.metrics;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.factdesk.service.intake.FeedImport;

/**
 * Times and counts the service calls the metrics report on, bound in {@code META-INF/ejb-jar.xml} to
 * {@code ClaimQueue.page}, {@code SimilarClaims.resembling} and {@code FeedImporter.importFeed} — bound there, not by
 * annotations, so the services stay free of measuring code.
 */
public class Measured {

    @Inject
    NewsroomMetrics metrics;

    @AroundInvoke
    Object measure(InvocationContext call) throws Exception {
        String method = call.getMethod().getName();
        long started = System.nanoTime();
        try {
            Object result = call.proceed();
            if (result instanceof FeedImport imported) {
                metrics.articlesTakenIn(imported.imported());
            }
            return result;
        } catch (Exception e) {
            if ("importFeed".equals(method)) {
                metrics.feedError();
            }
            throw e;
        } finally {
            long nanos = System.nanoTime() - started;
            switch (method) {
                case "page" -> metrics.queuePage(nanos);
                case "resembling" -> metrics.similarSearch(nanos);
                default -> {}
            }
        }
    }
}
