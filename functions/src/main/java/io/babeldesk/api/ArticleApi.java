package io.babeldesk.api;

import static io.babeldesk.api.RequestInputs.id;
import static io.babeldesk.api.RequestInputs.language;
import static io.babeldesk.api.RequestInputs.term;

import io.babeldesk.glossary.Glossary;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.Events;
import io.babeldesk.pipeline.JobQueue;
import io.babeldesk.pipeline.UploadLinks;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.TranslationMemory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readers' and editors' HTTP API over the article store, the work queue and the glossary:
 * the route table, access checks and the mapping of problems to answers. The routes themselves
 * live with their feature ({@link ReaderRoutes}, {@link SummaryRoutes}, {@link ArticleWorkRoutes},
 * {@link GlossaryRoutes}).
 */
public final class ArticleApi {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleApi.class);

    private final Access access;
    private final Cors cors;
    private final List<Route> routes;

    /**
     * @param readerApiKey when set, reader routes need it in an {@code x-api-key} header, editors'
     *     requests included: an editor's token opens the editor routes, not the reader key's
     */
    public ArticleApi(ArticleStore store, JobQueue queue, Glossary glossary, String readerApiKey) {
        this(store, queue, glossary, readerApiKey, new Editing(new InMemoryTranslationMemory(),
                Events.NONE, PublishPolicy.DONE));
    }

    /**
     * What the editors' loop needs beyond the store: where human translations are remembered,
     * where changes are announced, and which texts readers see.
     */
    public record Editing(TranslationMemory memory, Events events, PublishPolicy policy) {
    }

    /**
     * What the browser side needs: upload links, how the console signs editors in, and which other
     * origins may call the API from a browser.
     *
     * @param uploads null when this deployment signs no upload links
     * @param corsOrigins origins answered with Access-Control-Allow-Origin
     */
    public record Browser(UploadLinks uploads, ConsoleSettings console, java.util.Set<String> corsOrigins) {
        public static final Browser NONE = new Browser(null, ConsoleSettings.NONE, java.util.Set.of());

        /** @param corsOrigins comma-separated, as BABELDESK_CORS_ORIGINS holds them */
        public static Browser of(UploadLinks uploads, ConsoleSettings console, String corsOrigins) {
            return new Browser(uploads, console, Cors.parse(corsOrigins));
        }
    }

    public ArticleApi(ArticleStore store, JobQueue queue, Glossary glossary, String readerApiKey, Editing editing) {
        this(store, queue, glossary, readerApiKey, editing, Browser.NONE);
    }

    public ArticleApi(ArticleStore store, JobQueue queue, Glossary glossary, String readerApiKey, Editing editing,
                      Browser browser) {
        this.access = new Access(readerApiKey);
        this.cors = new Cors(browser.corsOrigins());
        ConsoleRoutes console = new ConsoleRoutes(browser.console());
        UploadRoutes uploads = new UploadRoutes(browser.uploads());
        LanguageViews views = new LanguageViews(store, editing.policy());
        ReaderRoutes reader = new ReaderRoutes(store, views);
        EditorRoutes editors = new EditorRoutes(store, views, editing.memory(), editing.events(),
                new EditSuggestions(glossary));
        SummaryRoutes summaries = new SummaryRoutes(store, queue);
        ArticleWorkRoutes work = new ArticleWorkRoutes(store, queue);
        GlossaryRoutes terms = new GlossaryRoutes(glossary);
        this.routes = List.of(
                new Route("GET", "/openapi.json", Route.Access.READER, (r, p) -> ReaderRoutes.openApi()),
                new Route("GET", "/articles", Route.Access.READER, (r, p) -> reader.listArticles(r)),
                new Route("GET", "/articles/{id}", Route.Access.READER,
                        (r, p) -> reader.getArticle(r, id(p.get("id")))),
                new Route("GET", "/articles/{id}/usage", Route.Access.EDITOR, (r, p) -> work.usage(id(p.get("id")))),
                new Route("POST", "/articles/{id}/summaries", Route.Access.EDITOR,
                        (r, p) -> summaries.requestSummary(id(p.get("id")), r)),
                new Route("GET", "/articles/{id}/summaries/{requestId}", Route.Access.EDITOR,
                        (r, p) -> summaries.getSummary(id(p.get("id")), p.get("requestId"))),
                new Route("POST", "/articles/{id}/retranslate", Route.Access.EDITOR,
                        (r, p) -> work.retranslate(id(p.get("id")), r)),
                new Route("GET", "/articles/{id}/{lang}", Route.Access.READER,
                        (r, p) -> reader.getLanguage(r, id(p.get("id")), language(p.get("lang")))),
                new Route("PUT", "/articles/{id}/{lang}", Route.Access.EDITOR,
                        (r, p) -> editors.edit(r, id(p.get("id")), language(p.get("lang")))),
                new Route("POST", "/articles/{id}/{lang}/approve", Route.Access.EDITOR,
                        (r, p) -> editors.approve(r, id(p.get("id")), language(p.get("lang")))),
                new Route("POST", "/articles/{id}/{lang}/send-back", Route.Access.EDITOR,
                        (r, p) -> editors.sendBack(r, id(p.get("id")), language(p.get("lang")))),
                new Route("GET", "/articles/{id}/{lang}/revisions", Route.Access.EDITOR,
                        (r, p) -> editors.revisions(id(p.get("id")), language(p.get("lang")))),
                new Route("GET", "/articles/{id}/{lang}/revisions/{number}", Route.Access.EDITOR,
                        (r, p) -> editors.revision(id(p.get("id")), language(p.get("lang")), p.get("number"))),
                new Route("GET", "/review", Route.Access.EDITOR, (r, p) -> editors.reviewQueue(r)),
                new Route("POST", "/uploads", Route.Access.EDITOR, (r, p) -> uploads.link(r)),
                new Route("GET", "/console", Route.Access.PUBLIC, (r, p) -> console.page(r)),
                new Route("GET", "/console/config.json", Route.Access.PUBLIC, (r, p) -> console.config()),
                new Route("GET", "/console/{asset}", Route.Access.PUBLIC, (r, p) -> console.asset(r, p.get("asset"))),
                new Route("GET", "/glossary", Route.Access.EDITOR, (r, p) -> terms.listGlossary()),
                new Route("GET", "/glossary/{term}", Route.Access.EDITOR, (r, p) -> terms.getTerm(term(p.get("term")))),
                new Route("PUT", "/glossary/{term}", Route.Access.EDITOR,
                        (r, p) -> terms.putTerm(term(p.get("term")), r)),
                new Route("DELETE", "/glossary/{term}", Route.Access.EDITOR,
                        (r, p) -> terms.deleteTerm(term(p.get("term")))));
    }

    /** Every route this API answers, for the OpenAPI document's check. */
    public List<Route> routes() {
        return routes;
    }

    public ApiResponse handle(ApiRequest request) {
        if ("OPTIONS".equals(request.method()) && request.header("access-control-request-method") != null) {
            return cors.preflight(request);
        }
        return cors.decorate(request, answer(request));
    }

    private ApiResponse answer(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiProblem p) {
            return p.toResponse();
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.method(), request.path(), e);
            return ApiResponse.problem(500, "INTERNAL_ERROR", "the request could not be served; try again later");
        }
    }

    private ApiResponse route(ApiRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(request.path());
            if (params.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(request.method())) {
                continue;
            }
            access.check(route.access(), request);
            return route.action().answer(request, decoded(params.get()));
        }
        if (pathKnown) {
            throw new ApiProblem(405, "METHOD_NOT_ALLOWED", request.method() + " is not allowed on " + request.path());
        }
        throw new ApiProblem(404, "ROUTE_NOT_FOUND", "no route for " + request.method() + " " + request.path());
    }

    private static Map<String, String> decoded(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8)));
        return out;
    }
}
