/**
 * Load data and measurements for checking that queues stay quick at newsroom scale (admins only). Never part of
 * the production EAR: the tests and the {@code mvn -Prun} server add this jar to the web module's
 * {@code WEB-INF/lib}, where its REST resource answers under {@code /api/admin/load}.
 */
package org.factdesk.bench;
