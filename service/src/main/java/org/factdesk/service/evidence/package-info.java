/** Gathering graded evidence on claims. */
package org.factdesk.service.evidence;
