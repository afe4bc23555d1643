/** The source intake form: register a source, then open claims from passages selected in its text. */
package org.factdesk.web.view.source;
