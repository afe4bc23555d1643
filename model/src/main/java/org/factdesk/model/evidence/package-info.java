/** Evidence gathered on a claim, graded on the Admiralty scale. */
package org.factdesk.model.evidence;
