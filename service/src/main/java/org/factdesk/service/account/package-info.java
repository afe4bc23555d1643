/** Who is calling and what they may do: users, roles and password hashes. */
package org.factdesk.service.account;
