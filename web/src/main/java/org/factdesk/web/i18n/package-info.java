/** How the editor interface speaks: the newsroom's time zone and how instants read on every page. */
package org.factdesk.web.i18n;
