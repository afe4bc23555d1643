/** What every service shares: the business-exception hierarchy and paging. */
package org.factdesk.service.common;
