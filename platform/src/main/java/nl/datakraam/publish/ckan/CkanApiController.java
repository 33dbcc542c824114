// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.CatalogSettings;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * CKAN's Action API v3, read subset: {@code GET} or {@code POST /api/3/action/{action}}, parameters in the query
 * string or (POST) as a JSON object body, as CKAN and its clients (ckanapi, ckanr, CKAN harvesters) send them. Every
 * answer is CKAN's envelope {@code {"help": "<base>/api/3/action/help_show?name=<action>", "success": true,
 * "result": ...}}; errors keep the envelope with {@code "success": false} and CKAN's {@code error} object and
 * status (404 Not Found Error, 409 Validation Error, 400 Search Query Error, 409 Search Error, 403 Authorization
 * Error), and an unknown action or unreadable body is CKAN's bare 400 string {@code "Bad request - ..."}. Signing
 * in is Datakraam's ({@code Authorization: Bearer ...}); anonymous callers see openbaar datasets only.
 *
 * <p>Actions: {@code package_list}, {@code package_show}, {@code package_search}, {@code organization_list},
 * {@code organization_show}, {@code group_list}, {@code group_show}, {@code tag_list}, {@code resource_show},
 * {@code datastore_search}, {@code datastore_search_sql}, {@code status_show}, {@code help_show}
 * ({@link CkanCatalogue}, {@link CkanDatastore}; docs/ckan-api.md).
 */
@RestController
@Hidden
class CkanApiController {

    /** The actions, each with the first line of its help. */
    private static final Map<String, String> ACTIONS = actions();

    private final CkanCatalogue catalogue;
    private final CkanDatastore datastore;
    private final Authorization authorization;
    private final CatalogSettings settings;
    private final LocalisedMessages messages;
    private final JsonMapper json;

    CkanApiController(CkanCatalogue catalogue, CkanDatastore datastore, Authorization authorization,
            CatalogSettings settings, LocalisedMessages messages, JsonMapper json) {
        this.catalogue = catalogue;
        this.datastore = datastore;
        this.authorization = authorization;
        this.settings = settings;
        this.messages = messages;
        this.json = json;
    }

    private static Map<String, String> actions() {
        Map<String, String> actions = new LinkedHashMap<>();
        actions.put("package_list", "Return a list of the names of the site's public datasets (packages).");
        actions.put("package_show", "Return the metadata of a dataset (package) and its resources; id or name.");
        actions.put("package_search", "Search for packages satisfying the given search criteria (q, fq, rows, "
                + "start, sort, facet.field, include_private).");
        actions.put("organization_list", "Return a list of the names of the site's organizations (all_fields).");
        actions.put("organization_show", "Return the details of an organization (include_datasets).");
        actions.put("group_list", "Return a list of the names of the site's groups (all_fields).");
        actions.put("group_show", "Return the details of a group (include_datasets).");
        actions.put("tag_list", "Return a list of the site's tags (query, all_fields).");
        actions.put("resource_show", "Return the metadata of a resource.");
        actions.put("datastore_search", "Search a DataStore resource (resource_id, filters, q, fields, sort, "
                + "limit, offset, include_total, distinct, records_format).");
        actions.put("datastore_search_sql", "Execute one SQL SELECT on the DataStore (sql).");
        actions.put("status_show", "Return a dictionary with information about the site's configuration.");
        actions.put("help_show", "Return the help string for a particular API action (name).");
        return Map.copyOf(actions);
    }

    @RequestMapping(path = "/api/3/action/{action}", method = {RequestMethod.GET, RequestMethod.POST},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> action(@PathVariable String action, @RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body, HttpServletRequest request, Locale locale) {
        if (!ACTIONS.containsKey(action)) {
            throw CkanError.badRequest("Action name not known: " + action);
        }
        String contentType = request.getContentType();
        boolean form = contentType != null
                && contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        CkanParameters parameters = CkanParameters.of(query, form ? null : body, json);
        Caller caller = authorization.currentCaller();
        String base = settings.baseUrlOfThisRequest();
        CkanPackages packages = catalogue.packages(base, locale);
        Object result = switch (action) {
            case "package_list" -> catalogue.packageList(parameters, caller);
            case "package_show" -> catalogue.packageShow(parameters, caller, packages);
            case "package_search" -> catalogue.packageSearch(parameters, caller, packages);
            case "organization_list" -> catalogue.organizationList(parameters, caller, packages);
            case "organization_show" -> catalogue.organizationShow(parameters, caller, packages);
            case "group_list" -> catalogue.groupList(parameters, caller, packages);
            case "group_show" -> catalogue.groupShow(parameters, caller, packages);
            case "tag_list" -> catalogue.tagList(parameters, caller);
            case "resource_show" -> catalogue.resourceShow(parameters, caller, packages);
            case "datastore_search" -> datastore.search(parameters, caller, request.getRequestURI());
            case "datastore_search_sql" -> datastore.searchSql(parameters, caller);
            case "status_show" -> catalogue.statusShow(base);
            case "help_show" -> help(parameters.required("name"));
            default -> throw new IllegalStateException("action " + action + " listed but not dispatched");
        };
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help(base, action));
        envelope.put("success", true);
        envelope.put("result", result);
        return ResponseEntity.ok(envelope);
    }

    private static String help(String name) {
        String help = ACTIONS.get(name);
        if (help == null) {
            throw CkanError.notFound("Action function " + name);
        }
        return help;
    }

    @ExceptionHandler(CkanError.class)
    ResponseEntity<Object> ckan(CkanError error, HttpServletRequest request) {
        if (error.bare()) {
            return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(error.error()));
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help(settings.baseUrlOfThisRequest(), action(request)));
        envelope.put("success", false);
        envelope.put("error", error.error());
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(envelope);
    }

    /**
     * A fault of the catalogue or the SQL sandbox in CKAN's terms: a dataset the caller may not see is a Not Found
     * Error; a refusal to sign in or act an Authorization Error; anything else the caller can fix (a refused or
     * failing SQL statement, a query over the time limit, a busy sandbox) a Validation Error on {@code query}, in
     * the reader's language.
     */
    @ExceptionHandler(PlatformException.class)
    ResponseEntity<Object> platform(PlatformException e, HttpServletRequest request, Locale locale) {
        String message = messages.problem(e, locale);
        HttpStatus status = e.code().status();
        CkanError error = switch (status) {
            case NOT_FOUND -> CkanError.notFound(message);
            case UNAUTHORIZED, FORBIDDEN -> CkanError.notAuthorized(message);
            default -> CkanError.invalid("query", message);
        };
        return ckan(error, request);
    }

    private static String action(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String help(String base, String action) {
        return base + "/api/3/action/help_show?name=" + action;
    }

}
