/** Sources: the articles, broadcasts and posts that claims appear in. */
package org.factdesk.model.source;
