/** The editor interface: one backing bean per page, in a package that mirrors the page path, and what pages share. */
package org.factdesk.web.view;
