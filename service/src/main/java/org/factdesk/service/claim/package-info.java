/** The verification workflow on claims: opening, moving under the policy, history and comments. */
package org.factdesk.service.claim;
