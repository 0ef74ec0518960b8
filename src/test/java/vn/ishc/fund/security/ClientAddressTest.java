package vn.ishc.fund.security;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which address a login's failures count under. */
class ClientAddressTest {

    private static InetAddress ip(String s) {
        return ClientAddress.literal(s);
    }

    @Test
    void withoutTrustedProxiesTheConnectionDecidesWhateverTheHeaderSays() {
        ClientAddress direct = new ClientAddress(0);
        assertEquals("203.0.113.7", direct.key(ip("203.0.113.7"), List.of("198.51.100.1")));
        assertEquals("unknown", direct.key(null, List.of()));
    }

    @Test
    void behindProxiesTheEntryTheOutermostAddedCountsAndTheClientsOwnAreIgnored() {
        ClientAddress oneProxy = new ClientAddress(1);
        InetAddress balancer = ip("10.0.0.2");
        assertEquals("198.51.100.9", oneProxy.key(balancer, List.of("6.6.6.6, 198.51.100.9")), "the client wrote 6.6.6.6 itself");
        assertEquals("198.51.100.9", oneProxy.key(balancer, List.of("6.6.6.6", "198.51.100.9")), "several header lines");
        ClientAddress twoProxies = new ClientAddress(2);
        assertEquals("198.51.100.9", twoProxies.key(balancer, List.of("6.6.6.6, 198.51.100.9, 10.0.0.1")));
        // too few entries, or not an address: the connection is all that is known
        assertEquals("10.0.0.2", twoProxies.key(balancer, List.of("198.51.100.9")));
        assertEquals("10.0.0.2", oneProxy.key(balancer, List.of()));
        assertEquals("10.0.0.2", oneProxy.key(balancer, List.of("evil.example.com")));
        assertEquals("10.0.0.2", oneProxy.key(balancer, List.of("300.1.1.1")));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64() {
        ClientAddress direct = new ClientAddress(0);
        assertEquals("2001:db8:1:2::/64", direct.key(ip("2001:db8:1:2:aaaa::1"), List.of()));
        assertEquals("2001:db8:1:2::/64", direct.key(ip("2001:db8:1:2:ffff:ffff:ffff:fffe"), List.of()));
        assertEquals("2001:db8:1:2::/64", new ClientAddress(1).key(ip("10.0.0.2"), List.of("[2001:db8:1:2::99]")));
        assertEquals("192.0.2.1", direct.key(ip("::ffff:192.0.2.1"), List.of()), "IPv4 written as IPv6");
    }

    @Test
    void onlyLiteralsAreReadNeverNamesToLookUp() {
        assertNull(ClientAddress.literal("localhost"));
        assertNull(ClientAddress.literal("unknown"));
        assertNull(ClientAddress.literal("1.2.3"));
        assertEquals("192.0.2.1", ClientAddress.literal("192.0.2.1").getHostAddress());
    }
}
