/**
 * The intake page: news text in, candidate claims out — highlighted by check-worthiness, with attribution,
 * hedges and similar existing claims — and accepted as claims with one click.
 */
package org.factdesk.web.view.intake;
