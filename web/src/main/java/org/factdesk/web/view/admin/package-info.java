/** Administration pages (admin role): users and their roles, desks, the rating scale. */
package org.factdesk.web.view.admin;
