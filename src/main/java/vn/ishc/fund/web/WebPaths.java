package vn.ishc.fund.web;

/** Which requests are the web app's (pages and their forms) rather than the API's or the framework's. */
public final class WebPaths {

    private WebPaths() {
    }

    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Paths that answer forms of the pages: everything but the API, the API docs, health and static files. */
    public static boolean isPage(String path) {
        return !isApi(path) && !path.startsWith("/swagger") && !path.startsWith("/static/") && !path.equals("/health")
                && !path.startsWith("/health/");
    }
}
