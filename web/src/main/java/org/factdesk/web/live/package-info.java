/** Live updates: committed changes pushed to open pages over Faces websockets. */
package org.factdesk.web.live;
