/** The claim page and the forms on it: workflow moves, evidence, verdict draft, comments. */
package org.factdesk.web.view.claim;
