/** Load data and measurements for checking that queues stay quick at newsroom scale (admins only). */
package org.factdesk.service.load;
