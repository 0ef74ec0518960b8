package vn.ishc.fund.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a login comes from, as the key its failures are counted under. By default the
 * address of the connection: a client cannot choose it. Behind {@code ishc.security.trusted-proxies}
 * proxies (load balancers) that each append the address they received from to
 * {@code X-Forwarded-For}, it is the entry the outermost of them added, counted from the right; the
 * entries to its left are whatever the client sent and are ignored. An IPv6 address counts by its /64,
 * which one subscriber usually holds whole, so stepping through it does not give fresh counts.
 */
@Singleton
public class ClientAddress {

    private final int trustedProxies;

    public ClientAddress(@Value("${ishc.security.trusted-proxies:0}") int trustedProxies) {
        this.trustedProxies = Math.max(0, trustedProxies);
    }

    public String of(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        InetAddress connection = peer == null ? null : peer.getAddress();
        return key(connection, request.getHeaders().getAll("X-Forwarded-For"));
    }

    String key(InetAddress connection, List<String> forwardedHeaders) {
        InetAddress client = connection;
        if (trustedProxies > 0) {
            List<String> hops = new ArrayList<>();
            for (String header : forwardedHeaders) {
                for (String hop : header.split(",")) {
                    hops.add(hop.trim());
                }
            }
            // fewer entries than proxies: not all of them were passed; the connection is all we know
            if (hops.size() >= trustedProxies) {
                InetAddress forwarded = literal(hops.get(hops.size() - trustedProxies));
                if (forwarded != null) {
                    client = forwarded;
                }
            }
        }
        return normalised(client);
    }

    static String normalised(InetAddress address) {
        if (address == null) {
            return "unknown";
        }
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            return String.format("%x:%x:%x:%x::/64", word(b, 0), word(b, 2), word(b, 4), word(b, 6));
        }
        return address.getHostAddress();
    }

    private static int word(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    /** An IP address written as digits (never looked up by name); null for anything else. */
    static InetAddress literal(String text) {
        String s = text.startsWith("[") && text.contains("]") ? text.substring(1, text.indexOf(']')) : text;
        boolean v4 = s.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
        boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            InetAddress a = InetAddress.getByName(s);
            return a instanceof Inet4Address || a instanceof Inet6Address ? a : null;
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }
}
