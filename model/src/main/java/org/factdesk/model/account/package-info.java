/** Newsroom users and the roles that decide what each may do in the workflow. */
package org.factdesk.model.account;
