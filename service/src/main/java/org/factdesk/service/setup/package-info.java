/** Start-up: schema migrations, the first administrator, and the demo newsroom. */
package org.factdesk.service.setup;
