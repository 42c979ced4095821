vcl 4.1;
# Varnish in front of gunicorn (nginx → Varnish :6081 → gunicorn :8000). See docs/deploy.md, "Cache in front".
#
# Safe by default: a response is stored only when Django marks it with "Cache-Control: ... s-maxage=N"
# (core.cache.PageCacheMiddleware does so for public Wagtail pages seen by an anonymous visitor and
# for the plain partner directory). Everything else passes through: booking, manage links, admin,
# search, private feeds, any request with a session, any response that sets a cookie.
#
# Invalidation: Wagtail's frontend-cache app sends PURGE <path> on publish/unpublish
# (WAGTAILFRONTENDCACHE "varnish", HTTPBackend); a change to a snippet or a setting shown on many pages
# sends BAN (core.cache.bump_generation), which empties the whole cache. Only localhost may do either.

backend gunicorn {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.status != 0");
            return (synth(200, "Banned"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Paths with personal data, secrets or per-visitor answers: never looked up, never stored.
    if (req.url ~ "^(/[a-z]{2})?/(admin|prenota|cerca|documenti|calendario|django-admin)(/|$)" || req.url ~ "\?") {
        return (pass);
    }
    # A session (staff, a booking in progress) or flash messages: the answer is for this visitor only.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Other cookies (csrftoken, analytics-free preferences) never change a cacheable page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # One site per deployment: the path is the key, so a purge built from the Wagtail Site's hostname
    # matches whatever Host the request came with (Django's ALLOWED_HOSTS limits those).
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "s-maxage=[1-9]"
        || beresp.http.Cache-Control ~ "(private|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.grace = 1h;   # serve a stale copy while gunicorn renders a fresh one, or is down
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    # Browsers keep nothing: a purge must take effect for the next visit.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
    }
}
