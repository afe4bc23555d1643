package org.factdesk.service.publishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.factdesk.model.common.WebAddress;
import org.factdesk.model.publishing.PublisherSettings;

/**
 * The organisation as an administrator enters it: a name, and optionally its home page and logo as absolute
 * http(s) addresses (empty means none).
 */
public record PublisherInput(
        @NotBlank(message = "{PublisherSettings.name.required}") @Size(max = PublisherSettings.NAME_MAX)
        String name,

        @Size(max = PublisherSettings.URL_MAX) @WebAddress String url,
        @Size(max = PublisherSettings.URL_MAX) @WebAddress String logo) {}
