package org.factdesk.service.intake;

import org.factdesk.service.common.FactdeskException;

/** The text does not read as English, the one language the intake models were trained on. */
public class NotEnglishException extends FactdeskException {

    public NotEnglishException() {
        super(
                "error.notEnglish",
                "The intake analysis reads English only, and this text does not look like English; paste an"
                        + " English text or enter claims by hand");
    }
}
