// Factdesk's one line of Swagger UI set-up: show the OpenAPI document WildFly generates from the JAX-RS
// resources (the microprofile-openapi subsystem serves it at /openapi on the same host and port).
window.onload = function () {
    window.ui = SwaggerUIBundle({
        url: "/openapi?format=JSON",
        dom_id: "#swagger-ui",
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        plugins: [SwaggerUIBundle.plugins.DownloadUrl],
        layout: "StandaloneLayout"
    });
};
