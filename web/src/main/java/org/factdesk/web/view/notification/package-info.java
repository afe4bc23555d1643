/** The user's in-app notifications: mentions and assignments, newest first. */
package org.factdesk.web.view.notification;
