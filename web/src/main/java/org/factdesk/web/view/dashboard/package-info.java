/** The dashboard page: where the desk stands, every number a link to the queue behind it. */
package org.factdesk.web.view.dashboard;
