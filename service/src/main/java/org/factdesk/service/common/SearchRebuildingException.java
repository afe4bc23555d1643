package org.factdesk.service.common;

/**
 * The search index is being rebuilt, so a question only it can answer (text search) cannot be answered yet.
 * Everything else keeps working; the caller is told how far the rebuild is and may try again shortly.
 */
public class SearchRebuildingException extends FactdeskException {

    public SearchRebuildingException(int percent) {
        super(
                "error.searchRebuilding",
                "The search index is being rebuilt (" + percent + "% done); try again shortly",
                percent);
    }
}
