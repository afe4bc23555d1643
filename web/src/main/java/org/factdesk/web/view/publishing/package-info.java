/** The public pages: published fact-checks, for readers without an account. */
package org.factdesk.web.view.publishing;
