package org.factdesk.service.common;

/** The thing asked for was public once and has been withdrawn (HTTP 410): not an error of the address. */
public class GoneException extends FactdeskException {

    public GoneException(String what, Object key) {
        super("error.gone", what + " " + key + " was withdrawn", what, key);
    }
}
