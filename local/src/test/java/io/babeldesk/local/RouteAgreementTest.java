package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.api.ArticleApi;
import io.babeldesk.api.Route;
import io.babeldesk.config.Json;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The routes in the code, in openapi.json and in template.yaml are the same set, with the same auth. */
class RouteAgreementTest {
    private final ArticleApi api = new ArticleApi(null, null, null, null);

    private Set<String> codeRoutes() {
        Set<String> out = new TreeSet<>();
        for (Route r : api.routes()) {
            out.add(r.method() + " " + r.template());
        }
        return out;
    }

    @Test
    void openApiDocumentListsExactlyTheRoutesInTheCode() throws Exception {
        JsonNode doc;
        try (InputStream in = ArticleApi.class.getClassLoader().getResourceAsStream("openapi.json")) {
            doc = Json.MAPPER.readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        doc.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(codeRoutes(), documented);
    }

    @Test
    void editorRoutesAreTheOnesTheDocumentSecuresWithTheJwt() throws Exception {
        JsonNode doc;
        try (InputStream in = ArticleApi.class.getClassLoader().getResourceAsStream("openapi.json")) {
            doc = Json.MAPPER.readTree(in);
        }
        for (Route r : api.routes()) {
            JsonNode op = doc.path("paths").path(r.template()).path(r.method().toLowerCase(Locale.ROOT));
            boolean jwt = op.path("security").toString().contains("editorJwt");
            assertEquals(r.access() == Route.Access.EDITOR, jwt, r.method() + " " + r.template());
        }
    }

    @Test
    void templateDeclaresEveryRouteWithTheEditorAuthorizerOnEditorRoutes() {
        Template template = Template.find();
        Set<String> declared = new TreeSet<>();
        Set<String> authorized = new TreeSet<>();
        for (String fn : template.resourcesOfType("AWS::Serverless::Function")) {
            template.properties(fn).path("Events").forEach(event -> {
                if ("HttpApi".equals(event.path("Type").asText())) {
                    String route = event.path("Properties").path("Method").asText() + " "
                            + event.path("Properties").path("Path").asText();
                    declared.add(route);
                    if ("EditorJwt".equals(event.path("Properties").path("Auth").path("Authorizer").asText())) {
                        authorized.add(route);
                    }
                }
            });
        }
        assertEquals(codeRoutes(), declared);
        Set<String> editorRoutes = new TreeSet<>();
        api.routes().stream().filter(r -> r.access() == Route.Access.EDITOR)
                .forEach(r -> editorRoutes.add(r.method() + " " + r.template()));
        assertEquals(editorRoutes, authorized);
    }
}
