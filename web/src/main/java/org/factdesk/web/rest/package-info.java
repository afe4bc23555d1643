/** The JSON REST API: DTO records in and out, errors as application/problem+json. */
package org.factdesk.web.rest;
